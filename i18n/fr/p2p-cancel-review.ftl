# P2P Cancel Review — English, the reference language.
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = Annulations P2P
# The language's own name, in the language picker (Settings).
language-name = Français
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Demandes d'annulation Bybit P2P
desktop-comment = Répondre à un vendeur Bybit P2P qui demande l'annulation de l'un de vos ordres d'achat
desktop-keywords = Bybit;P2P;crypto;annulation;ordre;
desktop-action-practice = Mode entraînement (sans clé, sans argent réel)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit a refusé un champ de la requête : { $message }. Vérifiez le numéro d'ordre, le motif et les preuves. (Code Bybit { $code } : { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = L'horloge de votre ordinateur a { $seconds } s d'avance sur celle de Bybit, donc Bybit a refusé la requête. Activez l'heure automatique dans les paramètres du système et réessayez. (Code Bybit { $code } : { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = L'horloge de votre ordinateur a { $seconds } s de retard sur celle de Bybit, donc Bybit a refusé la requête. Activez l'heure automatique dans les paramètres du système et réessayez. (Code Bybit { $code } : { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = L'horloge de votre ordinateur n'est pas à la même heure que celle de Bybit, donc Bybit a refusé la requête. Activez l'heure automatique dans les paramètres du système et réessayez. (Code Bybit { $code } : { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit ne reconnaît pas cette clé API. Vérifiez la clé, et qu'elle a bien été créée pour cet environnement : une clé mainnet ne fonctionne pas sur le testnet, et inversement. (Code Bybit { $code } : { $message })
error-api-10004 = La signature ne correspond pas : le secret API est donc erroné. Saisissez de nouveau le secret, ou créez une nouvelle clé API sur Bybit. (Code Bybit { $code } : { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = Cette clé API n'a pas le droit de gérer les ordres P2P. Sur Bybit, modifiez la clé et cochez l'autorisation des ordres P2P (FiatP2P). (Code Bybit { $code } : { $message })
error-api-10006 = Trop de requêtes de ce compte en peu de temps. Attendez quelques secondes et réessayez. (Code Bybit { $code } : { $message })
error-api-10010 = Cette clé API ne fonctionne que depuis d'autres adresses IP. Sur Bybit, ajoutez l'adresse IP de cet ordinateur à la clé, ou supprimez la restriction d'adresse IP. (Code Bybit { $code } : { $message })
error-api-10016 = Bybit a rencontré une erreur interne. Réessayez dans une minute. (Code Bybit { $code } : { $message })
error-api-10017 = Bybit ne connaît pas cette requête. Vérifiez que l'environnement ou l'adresse est bien un hôte de l'API Bybit. (Code Bybit { $code } : { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Ce compte Bybit ne peut pas utiliser l'API P2P : Bybit la réserve aux annonceurs généraux P2P (P2P General Advertiser). Demandez le statut d'annonceur sur la page P2P de Bybit. (Code Bybit { $code } : { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit a refusé la requête : { $message }. (Code Bybit { $code } : { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = La réponse de Bybit est incompréhensible (HTTP { $status }) : le résultat est donc inconnu. Elle commençait par : { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = Impossible de joindre { $host } ; rien n'a été envoyé. Vérifiez la connexion Internet et réessayez. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Aucune réponse de Bybit en { $seconds } s : le résultat est donc inconnu.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = L'envoi s'est arrêté : plus rien n'a avancé pendant { $seconds } s, avec { $reached } déjà envoyés. Vérifiez votre connexion Internet et réessayez.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } sur { $total } Mo
# $detail: the system's technical reason.
error-connection-lost = La connexion avec Bybit a été coupée avant l'arrivée de la réponse : le résultat est donc inconnu. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Cet ordinateur ne peut pas ouvrir de connexions sécurisées : { $detail }. Sous Linux, installez le paquet ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = Bybit a refusé les identifiants (HTTP 401). Vérifiez la clé API et le secret.
http-403 = Bybit a bloqué les requêtes de cette adresse IP (HTTP 403). Soit il y a eu trop de requêtes (attendez au moins 10 minutes avant de réessayer), soit Bybit ne propose pas ses services dans le pays depuis lequel cet ordinateur se connecte.
http-404 = Bybit ne connaît pas cette adresse (HTTP 404). Vérifiez l'environnement ou l'URL de base.
http-429 = Bybit limite le trafic en ce moment (HTTP 429). Réessayez dans une minute.
# $status: an HTTP status from 500 to 599.
http-server-problem = Bybit a un problème de serveur (HTTP { $status }). Réessayez dans quelques minutes.
# $status: any other HTTP status.
http-other = Bybit a répondu avec le code HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } La réponse commençait par : { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Entraînement
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Pays-Bas
env-hong-kong = Hong Kong
env-turkey = Turquie
env-kazakhstan = Kazakhstan
env-georgia = Géorgie
env-uae = EAU
env-indonesia = Indonésie
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = environnement inconnu « { $name } » ; utilisez l'un de ceux-ci : { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = « { $url } » n'est pas une adresse web ; écrivez-la comme https://api.bybit.com
env-url-not-https = « { $url } » n'est pas chiffrée : seules les adresses https:// sont autorisées (http:// simple uniquement sur cet ordinateur, 127.0.0.1 ou localhost)
env-url-has-extras = « { $url } » doit être un simple hôte (comme https://api.bybit.com), sans chemin, paramètres ni mot de passe

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = en attente de la blockchain
status-waiting-payment = en attente du paiement de l'acheteur
status-waiting-release = en attente de la libération par le vendeur
status-under-appeal = en appel
status-cancelled = annulé
status-finished = terminé
status-payment-in-progress = paiement en cours
status-payment-failed = échec du paiement
status-cancelled-exception = annulé (exception)
status-waiting-token-choice = en attente du choix du jeton par l'acheteur
status-objection-in-progress = contestation en cours
status-waiting-objection = en attente d'une contestation
status-unknown = dans un état inconnu
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = type de paiement { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = Aucune clé API n'est enregistrée pour ce compte. Ajoutez-la de nouveau dans Comptes.
keyring-not-kept = Le trousseau de clés n'a pas conservé la clé : à la relecture, il a renvoyé autre chose. Réessayez, ou utilisez la clé pour cette session uniquement.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = Erreur du trousseau de clés : { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = la clé enregistrée est endommagée ; ajoutez-la de nouveau
# $detail: the system's own words.
keyring-locked = Le trousseau de clés a refusé l'accès ({ $detail }). Déverrouillez-le (sous Linux : votre trousseau de connexion) et réessayez.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = Aucun service de trousseau de clés ne fonctionne sur cet ordinateur : la clé ne peut donc pas être enregistrée en sécurité. Sous Linux, installez GNOME Keyring (paquet Debian/Ubuntu gnome-keyring) ou KWallet, fermez puis rouvrez votre session, puis ajoutez la clé. En attendant, vous pouvez utiliser la clé pour cette session uniquement : elle reste en mémoire et est oubliée à la fermeture de l'application.
# $detail: the system's own words.
keyring-macos-unavailable = Impossible d'ouvrir le trousseau macOS : { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Impossible d'ouvrir le Gestionnaire d'identification Windows : { $detail }
keyring-unsupported-system = Ce système n'a aucun trousseau de clés pris en charge.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Compte d'entraînement
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = Impossible de lire le fichier des comptes { $path } : { $reason }
# $reason: the system's own words.
account-file-unsaved = Impossible d'enregistrer le fichier des comptes : { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Donnez un nom au compte, comme « Principal » ou « Boutique 2 ».
# $max: the longest name allowed, in characters.
account-name-too-long = { $max ->
    [one] Le nom dépasse { $max } caractère.
   *[other] Le nom dépasse { $max } caractères.
}
account-name-invisible = Le nom contient des caractères invisibles.
# $name: the name the merchant typed.
account-name-taken = Un compte nommé « { $name } » existe déjà.

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Heure du serveur
check-step-api-key = Clé API
check-step-p2p-account = Compte P2P
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Impossible de lire l'heure du serveur de Bybit. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = Impossible de vérifier la clé. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Connecté au compte P2P « { $nickname } » (utilisateur { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = L'horloge de cet ordinateur a { $seconds } s d'avance sur celle de Bybit. Bybit refuse les requêtes venant d'une horloge en avance ; cette application corrige l'écart, les autres outils ne le feront pas.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = L'horloge de cet ordinateur a { $seconds } s de retard sur celle de Bybit. Cette application corrige l'écart.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = L'horloge de cet ordinateur est à l'heure de Bybit (à { $seconds } s près).
check-clock-advice = Activez la date et l'heure automatiques dans les paramètres du système.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = La clé est en lecture seule : elle peut lister les ordres mais pas répondre à une demande d'annulation.
check-key-read-only-advice = Créez une nouvelle clé avec l'accès en lecture-écriture.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = lecture-écriture
# A fact in the list.
check-key-p2p-permission = autorisation des ordres P2P présente
check-key-no-p2p-permission = La clé n'a pas l'autorisation des ordres P2P.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = Sur Bybit, modifiez la clé et cochez l'autorisation des ordres P2P (FiatP2P).
# A fact in the list.
check-key-any-ip = utilisable depuis n'importe quelle adresse IP
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = fonctionne uniquement depuis { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = expirée le { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = expire le { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = La clé fonctionne : { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Créez une nouvelle clé avant que celle-ci n'expire, et ajoutez-la ici.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Accepter l'annulation
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Refuser l'annulation

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = J'ai déjà payé
reason-have-not-received-full-refund = Je n'ai pas reçu de remboursement intégral
# "Some other reason".
reason-others = Autre
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = « { $value } » n'est pas un motif accepté par Bybit ; utilisez have-made-payment, have-not-received-full-refund ou others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Saisissez le numéro d'ordre.
review-order-id-not-digits = Le numéro d'ordre ne contient que des chiffres (comme 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = Le numéro d'ordre a au plus { $max } { $max ->
        [one] chiffre
       *[other] chiffres
    } ; celui-ci en a { $count }.
review-proof-link-empty = Un lien de preuve est vide.
# $max: the most characters a link may have.
review-proof-link-too-long = Le lien de preuve dépasse { $max } { $max ->
        [one] caractère
       *[other] caractères
    }.
# $link: the link as typed (a URL).
review-proof-link-comma = Le lien de preuve { $link } contient une virgule, que Bybit utilise pour séparer les preuves.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = Le lien de preuve { $link } contient des espaces ou des caractères invisibles.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = Le lien de preuve { $link } doit commencer par https:// ou http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = La remarque compte { $count } { $count ->
        [one] caractère
       *[other] caractères
    } ; la limite est de { $max }.
review-remark-control-characters = La remarque contient des caractères de contrôle invisibles.
review-decision-missing = Choisissez d'accepter ou de refuser l'annulation.
review-reason-missing = Choisissez le motif de votre refus.
review-proofs-missing = Ajoutez au moins une preuve : une capture d'écran, un PDF ou un lien.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = Vous pouvez envoyer au plus { $max } { $max ->
        [one] preuve
       *[other] preuves
    } ; retirez-en { $extra }.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = Image JPEG
proof-kind-png = Image PNG
proof-kind-pdf = Document PDF
proof-kind-mp4 = Vidéo MP4
# $name: the file's name or path.
proof-file-not-found = Fichier de preuve { $name } : ce fichier n'existe pas.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Fichier de preuve { $name } : { $what ->
        [folder] c'est un dossier, pas un fichier ordinaire
        [pipe] c'est un tube, pas un fichier ordinaire
        [socket] c'est un socket, pas un fichier ordinaire
        [device] c'est un périphérique, pas un fichier ordinaire
       *[other] ce n'est pas un fichier ordinaire
    }. Choisissez une photo, un PDF ou une vidéo.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Fichier de preuve { $name } : impossible de le lire ({ $reason }).
proof-file-empty = Fichier de preuve { $name } : il est vide.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Fichier de preuve { $name } : { $size } Mo, c'est trop volumineux ; la limite est de { $limit } Mo. Envoyez une photo plus petite ou une vidéo plus courte.
# The extensions are literal.
proof-file-wrong-extension = Fichier de preuve { $name } : seuls les fichiers .jpg, .jpeg, .png, .pdf et .mp4 sont acceptés.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Fichier de preuve { $name } : d'après son nom, c'est { $claimed ->
        [jpeg] une image JPEG
        [png] une image PNG
        [pdf] un document PDF
       *[mp4] une vidéo MP4
    }, mais son contenu est { $found ->
        [jpeg] une image JPEG
        [png] une image PNG
        [pdf] un document PDF
        [mp4] une vidéo MP4
       *[other] autre chose
    }. Exportez-le de nouveau au bon format.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Envoi de la preuve { $index } sur { $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, encore environ { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Envoi de la réponse…
submit-checking = Pas de réponse claire de Bybit : lecture de l'ordre pour savoir si la réponse est arrivée…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit demande de ralentir ; nouvel envoi dans { $seconds } s…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Rien n'a été envoyé : impossible d'écrire dans l'historique, et aucune réponse ne part sans être enregistrée. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = Rien n'a été envoyé pour l'ordre { $order } : { $error }
# $name: the proof file's name.
submit-report-upload-failed = Rien n'a été envoyé pour l'ordre { $order } : impossible d'envoyer la preuve { $name }. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Rien n'a été envoyé : vous avez arrêté l'envoi de { $name } à { $reached }. L'ordre { $order } attend toujours votre réponse.
submit-report-not-applied = Votre réponse pour l'ordre { $order } n'a pas été appliquée. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } L'application a ensuite lu l'ordre { $order } : il attend toujours votre réponse, donc votre réponse n'a pas été appliquée. Vous pouvez la renvoyer sans risque.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } L'application a ensuite lu l'ordre { $order } : il n'attend plus votre réponse (désormais { $status }), donc votre réponse a bien été appliquée, comme le confirme la lecture de l'ordre.
# $check: why reading the order failed.
submit-report-check-failed = { $error } L'application a ensuite essayé de lire l'ordre { $order } pour le savoir, sans y parvenir ({ $check }). Ouvrez l'ordre sur Bybit avant de renvoyer la réponse.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = C'est fait : vous avez accepté l'annulation de l'ordre { $order } demandée par le vendeur ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = C'est fait : vous avez refusé l'annulation de l'ordre { $order } demandée par le vendeur ({ $environment }), motif « { $reason } », avec { $count } { $count ->
        [one] preuve
       *[other] preuves
    }.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = Impossible d'ouvrir le fichier d'historique { $path } : { $error }
submit-history-unusable = Impossible de lire ou d'écrire l'historique : { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = Impossible de créer le dossier { $path } : { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = le fichier d'historique est endommagé : { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = Impossible de lire le fichier d'historique ({ $error }). Il a été mis de côté sous le nom { $path } et un nouvel historique a été commencé ; vos anciens enregistrements se trouvent dans ce fichier.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = inconnu — vérifiez l'ordre
outcome-accepted = acceptée
outcome-refused = refusée
outcome-not-sent = non envoyée
outcome-unknown = inconnu

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = date
csv-column-environment = environnement
csv-column-account = compte
csv-column-order = ordre
csv-column-decision = décision
csv-column-reason = motif
csv-column-proofs = preuves
csv-column-remark = remarque
csv-column-outcome = résultat
csv-column-code = code
csv-column-message = message
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = latence_ms
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = vérification
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = Impossible d'écrire le fichier : { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } s
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } min { $seconds } s
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } h { $minutes } min
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } min
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = date inconnue

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Aucun problème
trouble-late-answer = Bybit agit, mais répond trop tard
trouble-dropped-connection = La connexion est coupée après l'action de Bybit
trouble-server-error = Bybit échoue avec une erreur serveur (sans agir)
trouble-web-page = Bybit agit, mais répond par une page web
trouble-garbled-answer = Bybit agit, mais sa réponse est illisible
# 3 s: three seconds.
trouble-clock-behind = L'horloge de Bybit a 3 s de retard sur celle de cet ordinateur
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit répond une fois « too many requests » (trop de requêtes)
trouble-ip-blocked = Bybit bloque cette adresse IP (HTTP 403)
trouble-not-an-advertiser = Le compte n'est pas annonceur P2P
trouble-slow-upload = Les fichiers s'envoient lentement (1 Mbit/s, une connexion domestique ordinaire)
trouble-stalled-upload = L'envoi d'un fichier s'arrête à mi-chemin

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Répondre à une demande d'annulation d'un vendeur
# Under the heading.
form-intro = Indiquez l'ordre et votre réponse. Vous reverrez tout avant l'envoi.
# Label of the order number field.
form-order-number = Numéro d'ordre
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Collez-le depuis la page de l'ordre, ex. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Votre réponse
# Small text under the "Accept the cancellation" button.
form-accept-explanation = L'ordre est annulé et les cryptomonnaies restent chez le vendeur. Choisissez ceci uniquement si votre argent vous est revenu, ou si vous n'avez jamais payé.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = L'ordre reste ouvert. Choisissez ceci si vous avez payé ; indiquez un motif et une preuve.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Vous avez marqué cet ordre comme payé : { $amount } { $currency } à { $seller }. Accepter l'annule, et les { $token } restent chez le vendeur. N'acceptez que si les { $amount } { $currency } sont revenus sur votre compte.
# The same when the order's details are not known (yet).
guard-paid-unknown = Si vous avez marqué cet ordre comme payé, accepter l'annule et les cryptomonnaies restent chez le vendeur. N'acceptez que si votre argent est revenu sur votre compte.
# The same for an order in another status. $status: the status in words.
guard-other-status = Le statut de cet ordre est « { $status } ». Accepter la demande du vendeur l'annule.
# The box to tick before an Accept can be sent.
guard-refund-received = Les { $amount } { $currency } sont revenus sur mon compte, ou je ne les ai jamais envoyés
guard-refund-received-unknown = Mon argent est revenu sur mon compte, ou je ne l'ai jamais envoyé
# Beside the disabled send button.
guard-tick-first = Pour accepter, cochez d'abord la case ci-dessus.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Avant de répondre
# $days: the account's age in days.
warning-young-account = { $days ->
    [0] Prudence : le compte de ce vendeur a moins d'un jour.
    [one] Prudence : le compte de ce vendeur n'a qu'un jour.
   *[other] Prudence : le compte de ce vendeur n'a que { $days } jours.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Prudence : ce vendeur n'a encore terminé aucun ordre sur Bybit.
    [one] Prudence : ce vendeur n'a terminé qu'un seul ordre sur Bybit.
   *[other] Prudence : ce vendeur n'a terminé que { $count } ordres sur Bybit.
}
# $percent: a whole number (62).
warning-low-completion = Prudence : au cours des 30 derniers jours, ce vendeur n'a mené à bien que { $percent } % de ses ordres.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Prudence : le vendeur vous demande d'annuler d'abord et promet de vous rembourser (« { $words } »). Une fois l'ordre annulé, les cryptomonnaies restent chez le vendeur, et rien ne l'oblige à vous rembourser.
warning-system-error = Prudence : le vendeur parle d'une erreur système ou d'un paiement échoué (« { $words } »). Vérifiez vous-même votre compte bancaire ; un ordre payé n'est pas annulé à cause d'une erreur.
warning-off-platform = Prudence : le vendeur veut échanger en dehors de Bybit (« { $words } »). Restez dans la discussion de l'ordre : c'est elle que voit le support Bybit si vous faites appel.
# Label of the drop-down list of reasons for refusing.
form-reason = Motif
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Choisissez un motif…
# Label of the remark field (free text sent with a refusal).
form-remark = Remarque (facultative)
# Placeholder inside the empty remark field.
form-remark-hint = Tout ce que le vendeur et le support Bybit doivent savoir, dans n'importe quelle langue.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $max ->
    [one] { $count } / { $max } caractère
   *[other] { $count } / { $max } caractères
}
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Préparation…
# Button while proof files upload.
form-stop-upload = Annuler l'envoi
form-stop-upload-tooltip = Arrête l'envoi. Votre réponse n'est pas envoyée, et l'ordre l'attend toujours.
# Button: opens the confirmation dialog.
form-review-and-send = Vérifier et envoyer…
# Beside the send button while the account is still connecting.
form-account-not-open = Le compte n'est pas encore ouvert.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Avant l'envoi :
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = L'horloge de cet ordinateur a { $seconds } s d'avance sur celle de Bybit. L'application corrige l'écart, mais activez la date et l'heure automatiques dans les paramètres du système : Bybit refuse les requêtes venant d'une horloge en avance.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = L'horloge de cet ordinateur a { $seconds } s de retard sur celle de Bybit. L'application corrige l'écart, mais activez la date et l'heure automatiques dans les paramètres du système : Bybit refuse les requêtes venant d'une horloge en avance.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Réponse acceptée
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Réponse appliquée (confirmée par la lecture de l'ordre)
form-result-refused = Bybit a refusé la réponse
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Votre réponse n'a pas été appliquée
form-result-not-sent = Rien n'a été envoyé
form-result-unknown = Résultat inconnu : vérifiez l'ordre sur Bybit
# Button.
form-send-again = Renvoyer
# Button: clears the form for the next order.
form-answer-another = Répondre à un autre ordre
# Button: opens the History tab.
form-see-in-history = Voir dans l'historique

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Preuves
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Captures d'écran de votre paiement, relevés bancaires (.jpg, .png, .pdf) ou courte vidéo (.mp4), jusqu'à { $megabytes } Mo chacun ; ou des liens. { $max } au maximum.
# Under the proof heading: what appeals value most.
proofs-video-advice = Lors des appels, Bybit accorde le plus de poids à un enregistrement d'écran (.mp4), par exemple de votre application bancaire montrant le paiement.
# Button: opens a file dialog.
proofs-add-files = Ajouter des fichiers…
# Beside the "Add files…" button.
proofs-drop-hint = ou déposez des fichiers n'importe où dans cette fenêtre
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Vérification des fichiers…
# Label of the field where links are pasted.
proofs-links = Liens
# Placeholder inside the empty links field.
proofs-links-hint = Collez un ou plusieurs liens : https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Ajouter les liens
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = IMG
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = LIEN
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Lien
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Retirer
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Retirer { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } Ko
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } Mo

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Envoyer cette réponse ?
# Warning at the top of the dialog.
confirm-cannot-undo = Action irréversible : une fois reçue par Bybit, la réponse est définitive.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Environnement
confirm-account = Compte
confirm-order = Ordre
confirm-decision = Décision
confirm-reason = Motif
confirm-proofs = Preuves
confirm-remark = Remarque
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (fichier, envoyé en premier)
# The "Remark" row when no remark was written.
confirm-remark-none = (aucune)
# Button: sends the answer.
confirm-send-now = Envoyer maintenant
# Button: closes the dialog without sending.
confirm-go-back = Retour
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter : envoyer · Esc : retour

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Détails de l'ordre
# Shown when no order is chosen yet.
details-empty = Choisissez un ordre à gauche, ou saisissez son numéro, pour voir ses détails ici.
# Beside a spinner while the order is being read from Bybit.
details-loading = Lecture de l'ordre…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = Le vendeur demande l'annulation
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = « { $reason } »
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = Il reste { $time } pour répondre
details-no-request = Aucune demande d'annulation n'attend votre réponse pour cet ordre.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Vous achetez
details-you-sell = Vous vendez
# Row name: the other side of the order (their nickname beside it).
details-seller = Vendeur
details-buyer = Acheteur
details-amount = Montant
details-price = Prix
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } par { $token }
details-status = Statut
# Row name: when the order was created (a date and time beside it).
details-created = Créé le
# Row name: the payment methods of the order.
details-payment = Paiement
# The seller's record, in the order's details.
record-heading = Le vendeur
record-account-age = Ancienneté du compte
# $days: whole days.
record-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
record-finished = Ordres terminés
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } sur 30 jours)
record-completion = Taux de réalisation (30 jours)
# $percent: a number (98.6).
record-percent = { $percent } %
record-ratings = Évaluations
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent } % positives ({ $good } positives, { $bad } négatives)
record-presence = Présence
record-online = connecté en ce moment
# $time: a date and time.
record-last-seen = dernière connexion : { $time }
record-not-said = non indiqué
record-history = Demandes précédentes
record-history-none = aucune de ce vendeur jusqu'ici
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = { $count } auparavant : { $accepted } acceptées, { $refused } refusées
# $error: why, in full sentences.
record-unreadable = Impossible de lire le profil du vendeur. { $error }
# The order's chat, in the details.
chat-heading = Discussion avec le vendeur
chat-loading = Lecture de la discussion…
# $error: why, in full sentences.
chat-unreadable = Impossible de lire la discussion ; tout le reste fonctionne. { $error }
chat-empty = Aucun message dans cette discussion.
chat-earlier = Afficher les messages précédents
chat-you = Vous
# A file in the chat. $name: its file name.
chat-picture = Image : { $name }
chat-pdf = PDF : { $name }
chat-video = Vidéo : { $name }
chat-unknown = (un type de message que cette application ne peut pas afficher)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Utiliser comme preuve
chat-used-as-proof = Déjà dans vos preuves

## The welcome screen (first run, no account yet).

welcome-heading = Répondre à une demande d'annulation d'un vendeur
welcome-intro = Quand un vendeur sur Bybit P2P demande l'annulation de l'un de vos ordres d'achat, vous acceptez ou vous refusez. Cette application envoie votre réponse, avec vos preuves, en quelques clics.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Ajouter ma clé API Bybit
# Under the "Add my Bybit API key" button.
welcome-key-note = Votre clé reste dans le trousseau de clés de cet ordinateur, jamais dans un fichier.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Essayer le mode entraînement
# Under the "Try practice mode" button.
welcome-practice-note = Une plateforme simulée sur cet ordinateur, avec des ordres d'exemple. Pas de clé, pas d'argent réel.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Ouverture du compte…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Non connecté
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Tester la connexion
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Quitter
# Button: opens the About dialog.
top-about = À propos
# Button: opens the Accounts dialog.
top-accounts = Comptes…
# Button: opens the Settings dialog.
top-settings = Paramètres…
# Label of the account picker in the top bar.
top-account = Compte
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Répondre à une demande
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = { $count ->
    [one] Répondre à une demande ({ $count } nouvelle)
   *[other] Répondre à une demande ({ $count } nouvelles)
}
# Tab: the history of answers sent, before it has been read.
top-tab-history = Historique
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = Historique ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = ENTRAÎNEMENT · pas d'argent réel
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · fonds de test
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · ARGENT RÉEL

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = En attente de votre réponse
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count ->
    [one] { $count } nouvelle
   *[other] { $count } nouvelles
}
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = NOUVEAU
# Button: reads every watched account now.
orders-refresh = Actualiser
# Shown beside a spinner while the accounts are being read.
orders-checking = Vérification…
# Shown when the merchant paused the watching.
orders-watching-paused = Surveillance en pause
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit refuse cet ordinateur pour le moment
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit a répondu « 403 Forbidden » : trop de requêtes depuis cette adresse IP (les autres applications ou ordinateurs qui partagent la même connexion comptent aussi), ou un pays que Bybit ne dessert pas. Tous les comptes sur { $host } sont en pause jusqu'à { $time }, puis vérifiés de nouveau automatiquement.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count ->
    [one] Un ordre de { $account } n'a pas pu être lu : il attend peut-être votre réponse. Nouvel essai dans quelques secondes.
   *[other] { $count } ordres de { $account } n'ont pas pu être lus : l'un d'eux attend peut-être votre réponse. Nouvel essai dans quelques secondes.
}
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Ordre { $order } : { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = vérifié à { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Vérifier
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = toutes les { $count } s
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = { $count ->
    [one] toutes les minutes
   *[other] toutes les { $count } minutes
}
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = le plus souvent possible
# Button: pauses the watching.
orders-pause = Pause
# Button: resumes the watching.
orders-resume = Reprendre
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account } : vérification impossible.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Ses ordres ci-dessous datent de la dernière vérification réussie.
# Button: reads the accounts again.
orders-try-again = Réessayer
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Vérifier { $account } de nouveau
# Shown when no cancel request waits.
orders-empty = Rien n'attend votre réponse.
orders-empty-hint = Quand un vendeur demande l'annulation de l'un de vos ordres, la demande apparaît ici.
# Shown before the first list has arrived.
orders-looking = Recherche des demandes d'annulation…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Entraînement : simuler des problèmes
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = créé à { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = il reste { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Ordre { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Ordre { $order } { $amount } { $currency }, compte { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Lecture de l'historique…
# The history is empty for the filter chosen.
history-empty-filtered = Aucune réponse ne correspond à ce filtre.
# The history is empty.
history-empty = Aucune réponse envoyée pour l'instant.
history-empty-hint = Chaque réponse que vous envoyez, depuis cette fenêtre ou en ligne de commande, apparaît ici.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Date
history-column-environment = Environnement
history-column-account = Compte
history-column-order = Ordre
history-column-decision = Décision
history-column-reason = Motif
history-column-proofs = Preuves
history-column-outcome = Résultat
history-column-latency = Latence
# Filter label: an order number.
history-filter-order = Ordre
# Hint in the empty order-number filter.
history-filter-order-hint = tous les ordres
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Résultat
# Filter choice: every outcome.
history-filter-all = Tous
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = Exporter en CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = accepter
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = refuser
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } ms
# Button at the end of each row: shows the answer in full.
history-details = Détails
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Ordre { $order }
# Row names of that dialog.
history-entry-time = Date
history-entry-environment = Environnement
history-entry-account = Compte
history-entry-decision = Décision
history-entry-reason = Motif
history-entry-proofs = Preuves
# The merchant's remark to the seller.
history-entry-remark = Remarque
history-entry-outcome = Résultat
# Bybit's answer code (a number).
history-entry-bybit-code = Code Bybit
# Bybit's message (shown as received).
history-entry-message = Message
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Vérifié ensuite
history-entry-latency = Latence
# Button: closes the dialog.
history-entry-close = Fermer

## Settings

# Heading of the Settings dialog.
settings-title = Paramètres
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Attente de la réponse de Bybit
# Label of the slider of that section.
settings-answer-timeout-seconds = Secondes
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}s
settings-answer-timeout-explained = Si aucune réponse n'arrive dans ce délai, l'application lit l'ordre pour savoir si votre réponse est arrivée, et ne la renvoie jamais d'elle-même. Avec une connexion lente, l'envoi d'un fichier de preuve peut prendre plusieurs minutes : il ne s'arrête que si plus rien n'avance pendant ce délai.
# Section: how often to read the accounts.
settings-watch = Rechercher les demandes d'annulation
settings-watch-explained = Tous les comptes sont surveillés, même quand cette fenêtre est réduite ou fermée dans la zone de notification. Une notification vous signale chaque nouvelle demande, puis une autre quand il ne reste que 3 minutes.
# Checkbox.
settings-alert-sound = Jouer un son à chaque notification
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Lancer à l'ouverture de session, dans la zone de notification
# Section: help from support.
settings-support = Assistance
# Button: copies a report for support.
settings-copy-diagnostics = Copier le diagnostic
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = pour un message à l'assistance : versions, paramètres, dernières lignes du journal ; jamais de clé ni de secret.
# $path: a folder.
settings-logs-folder = Les journaux sont conservés dans { $path }
# Button: closes the dialog.
settings-close = Fermer
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = À propos d'« { $app } »…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Version { $version } pour { $os } ({ $arch })
about-licence = Logiciel libre sous licence MIT : utilisez-le, copiez-le et partagez-le librement.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Texte de la licence
# Button.
about-open-data-folder = Ouvrir le dossier des données
# Button.
about-open-logs-folder = Ouvrir le dossier des journaux
about-data-folder-explained = Le dossier des données contient l'historique, les noms des comptes et les paramètres. Les clés API n'y sont jamais : elles restent dans le trousseau de clés du système.
# Button: closes the dialog.
about-close = Fermer

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Vérification de la connexion : { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Vérification de l'horloge, de la clé et du compte P2P…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step } : OK
check-dialog-step-warning = { $step } : Attention
check-dialog-step-problem = { $step } : Problème
# $advice: a sentence saying what to do.
check-dialog-advice = Que faire : { $advice }
# Button: closes the dialog.
check-dialog-close = Fermer

## Accounts

# Heading of the Accounts dialog.
accounts-title = Comptes
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Oui, supprimer { $account }
# Button: does not delete the account.
accounts-keep = Conserver
# Button. $account: the account's name.
accounts-delete = Supprimer { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Tester { $account }
# Section: adding an API key.
accounts-add = Ajouter un compte
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = Sur Bybit, ouvrez Compte > Gestion des API > Créer une nouvelle clé, choisissez « Générée par le système » et cochez l'autorisation des ordres P2P.
# Field label: the account's name, chosen by the merchant.
accounts-name = Nom
# Example name in the empty field.
accounts-name-hint = Boutique principale
# Field label: which Bybit site the key was made on.
accounts-environment = Environnement
# The environment field before a choice.
accounts-environment-choose = Choisir…
accounts-api-key = Clé API
accounts-api-secret = Secret API
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Enregistrement dans le trousseau de clés…
# Main button: saves the key in the system keyring.
accounts-save = Enregistrer dans le trousseau
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Utiliser la clé jusqu'à la fermeture de l'application
# Button: closes the dialog.
accounts-close = Fermer
# Errors of the form.
accounts-choose-environment = Choisissez l'environnement pour lequel cette clé a été créée.
accounts-paste-key = Collez la clé API.
accounts-paste-secret = Collez le secret API.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Masquer
notice-busy = L'application est occupée ; réessayez dans un instant.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Vous devrez ajouter de nouveau vos comptes.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Les fichiers de preuve ne sont envoyés que si vous refusez l'annulation : choisissez « Refuser l'annulation » pour les utiliser.
notice-account-not-open = Le compte n'est pas encore ouvert ; patientez un instant, ou choisissez un autre compte.
# $account: the account's name.
notice-key-kept-for-session = { $account } : la clé est conservée jusqu'à la fermeture de l'application, puis oubliée.
# $account: the account's name.
notice-key-saved = { $account } : la clé est enregistrée dans le trousseau de clés de cet ordinateur.
# $account: the account's identifier.
notice-key-removed = La clé de { $account } a été supprimée du trousseau de clés.
# $error: the system's reason.
notice-key-not-removed = Impossible de supprimer la clé du trousseau de clés : { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = Aucun fichier choisi. Si aucune fenêtre de fichiers ne s'est ouverte, faites plutôt glisser les fichiers sur cette fenêtre.
# $error: the system's reason.
notice-start-at-login-failed = Impossible de modifier le lancement à l'ouverture de session : { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account } : Bybit a demandé de ralentir (trop de requêtes avec cette clé, peut-être depuis un autre outil qui l'utilise). Pendant les { $minutes } prochaines minutes, ce compte est vérifié toutes les { $seconds } s.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = l'application s'exécute depuis son image disque. Faites-la glisser dans Applications, ouvrez-la depuis ce dossier, puis réactivez cette option.
# $error: the system's reason.
notice-settings-not-saved = Impossible d'enregistrer les paramètres : { $error }
notice-diagnostics-copied = Diagnostic copié. Collez-le dans votre message à l'assistance : il ne contient ni clé ni secret.
# $count: how many answers were written; $path: the file.
notice-exported = { $count ->
    [one] { $count } entrée exportée vers { $path }
   *[other] { $count } entrées exportées vers { $path }
}
# $error: the reason.
notice-export-failed = L'export a échoué : { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = Impossible d'ouvrir le dossier ({ $error }). Il se trouve ici : { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Déposez pour ajouter comme preuve
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = La surveillance des demandes d'annulation continue dans la zone de notification. Pour quitter, choisissez Quitter dans son menu.
# Tray menu. $app: the app's name (app-title).
tray-open = Ouvrir « { $app } »
tray-refresh = Actualiser maintenant
tray-pause = Suspendre la surveillance
tray-resume = Reprendre la surveillance
tray-quit = Quitter
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app } : aucune demande d'annulation n'attend votre réponse
    [one] { $app } : { $count } demande d'annulation attend votre réponse
   *[other] { $app } : { $count } demandes d'annulation attendent votre réponse
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app } : aucune demande d'annulation n'attend votre réponse (surveillance en pause)
    [one] { $app } : { $count } demande d'annulation attend votre réponse (surveillance en pause)
   *[other] { $app } : { $count } demandes d'annulation attendent votre réponse (surveillance en pause)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Répondre à un vendeur Bybit P2P qui demande l'annulation de l'un de vos ordres d'achat : l'accepter, ou la refuser avec preuves.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Répondre à un vendeur Bybit P2P qui demande l'annulation de l'un de vos ordres d'achat : l'accepter, ou la refuser avec preuves.

    Sans commande, ouvre la fenêtre. Les identifiants des commandes viennent d'un compte enregistré avec `keys add` (--profile NAME) ou des variables d'environnement BYBIT_API_KEY et BYBIT_API_SECRET ; --practice n'en a pas besoin.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Code de sortie : 0 accepté par la plateforme, 1 refusé par la plateforme, 2 saisie invalide (rien n'a été envoyé), 3 échec réseau ou résultat inconnu.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Ouvrir la fenêtre en mode entraînement : une plateforme simulée sur cet ordinateur, sans clé API
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Démarrer dans la zone de notification sans afficher la fenêtre (comme au lancement à l'ouverture de session) ; sans zone de notification, la fenêtre s'ouvre normalement
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Ouvrir la fenêtre sur cet ordre, prêt à y répondre (si l'application est déjà ouverte, c'est elle qui l'affiche)

# The commands, as --help lists them.
cli-about-review = Répondre à la demande d'un vendeur d'annuler l'un de vos ordres d'achat
cli-about-orders = Lister vos ordres d'achat dont le vendeur a demandé l'annulation et qui attendent votre réponse
cli-about-order = Afficher un ordre : montants, vendeur, statut, paiement et demande d'annulation du vendeur
cli-about-check = Tester la connexion : l'horloge par rapport à celle de Bybit, les droits de la clé, le compte P2P
cli-about-watch = Surveiller les demandes d'annulation jusqu'à l'arrêt par Ctrl+C : une ligne par nouvelle demande et par alerte d'échéance (3 minutes restantes), en commençant par celles déjà en attente
cli-about-practice-server = Faire tourner la plateforme d'entraînement sur 127.0.0.1 jusqu'à l'arrêt par Ctrl+C
cli-about-keys = Enregistrer, lister ou supprimer les clés API de vos comptes (conservées dans le trousseau de clés du système)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Environnement Bybit : mainnet (par défaut), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id ou practice
cli-help-base-url = Tout autre hôte de l'API Bybit (https uniquement ; http seulement sur 127.0.0.1 ou localhost)
cli-help-practice = Utiliser la plateforme d'entraînement intégrée et son compte d'entraînement (sans clé)
cli-help-profile = Utiliser un compte enregistré avec `keys add` (sa clé dans le trousseau de clés, son environnement). BYBIT_API_KEY et BYBIT_API_SECRET restent prioritaires s'ils sont définis
cli-help-timeout = Secondes d'attente tant que rien n'avance : aucune réponse de Bybit, ou aucun octet d'un fichier de preuve reçu pendant son envoi. Avec une connexion lente, un gros fichier peut prendre plusieurs minutes, tant que l'envoi avance (1 à 300)
cli-help-json = Afficher un objet JSON au lieu d'une phrase

# Flags of `review` (and the order number of `order`).
cli-help-order = Le numéro d'ordre (chiffres uniquement)
cli-help-pass = Accepter l'annulation demandée par le vendeur. N'envoie que l'ordre et la décision
cli-help-reject = Refuser l'annulation demandée par le vendeur ; nécessite --reason et au moins un --proof ou --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Motif du refus : have-made-payment, have-not-received-full-refund ou others
cli-help-proof = Un lien de preuve (https:// ou http://, sans virgule ni espace). À répéter pour en ajouter d'autres
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = Un fichier de preuve à envoyer d'abord : .jpg, .jpeg, .png, .pdf ou .mp4, { $megabytes } Mo au maximum. À répéter pour en ajouter d'autres
# $characters: the longest remark (500).
cli-help-remark = { $characters ->
        [one] Une remarque pour le refus ({ $characters } caractère au maximum)
       *[other] Une remarque pour le refus ({ $characters } caractères au maximum)
    }

# Flags of `watch`.
cli-help-interval = Secondes par tour : chaque ordre marqué comme payé est lu une fois par tour. La valeur par défaut, 8, correspond au plus souvent possible ; un compte n'est jamais lu plus de 1,5 fois par seconde, quel que soit le tour (1 à 3600)
cli-help-all = Surveiller tous les comptes enregistrés avec `keys add`, chacun avec sa propre clé et son propre quota de requêtes

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Port sur 127.0.0.1 (0 en choisit un libre)
cli-help-trouble = Simuler des problèmes, pour voir comment l'application réagit
cli-help-late-by = Avec --trouble late-answer : le retard de la réponse, en secondes
cli-help-latency = Ajouter l'aller-retour d'un réseau à chaque réponse, en millisecondes (pour voir l'attente d'un marchand éloigné de Bybit ; utilisé par les benchmarks)
cli-help-second-book = Proposer un second jeu d'ordres d'exemple (autres ordres, autres vendeurs), pour s'entraîner avec deux comptes à la fois : enregistrez cette plateforme comme compte avec `keys add NAME --env practice --base-url URL`
cli-help-refund-received = Avec --pass : confirme que l'argent que vous avez payé est revenu sur votre compte, ou que vous ne l'avez jamais envoyé (accepter annule l'ordre et les cryptomonnaies restent chez le vendeur)
cli-help-paid = À la place des ordres d'exemple : ce nombre d'ordres marqués comme payés, encore sans demande d'annulation (avec --unpaid, la journée chargée d'un marchand, à surveiller)
cli-help-unpaid = Avec --paid : ce nombre d'ordres en attente de votre paiement
cli-help-new-request-every = Intervalle, en secondes, auquel un vendeur demande l'annulation d'un des ordres marqués comme payés (0 : jamais)

cli-usage = Utilisation : { $usage }
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-help-help = Afficher l'aide
cli-help-version = Afficher la version
cli-help-help-command = Afficher cette aide ou celle de la commande indiquée
cli-default = par défaut : { $value }
cli-error = erreur : { $message }
cli-error-missing = obligatoire mais absent : { $arguments }
cli-error-unknown-argument = argument inattendu : { $argument }
cli-error-unknown-command = commande inconnue : { $command }
cli-error-invalid-value = { $value } n'est pas une valeur valide pour { $argument }
cli-error-possible-values = valeurs possibles : { $values }
cli-error-conflict = { $argument } ne peut pas être utilisé avec { $other }
cli-error-missing-command = une commande est nécessaire
cli-error-similar = vouliez-vous dire { $suggestion } ?
cli-error-more = Pour en savoir plus, essayez '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Démarrage impossible : { $error }
cli-choose-pass-or-reject = Indiquez --pass pour accepter l'annulation ou --reject pour la refuser.
# The history could not be opened. $error: why.
cli-nothing-sent = Rien n'a été envoyé : { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Remarque : l'horloge de cet ordinateur a { $seconds } s d'avance sur celle de Bybit. L'application a corrigé l'écart ; activez la date et l'heure automatiques dans les paramètres du système.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Remarque : l'horloge de cet ordinateur a { $seconds } s de retard sur celle de Bybit. L'application a corrigé l'écart ; activez la date et l'heure automatiques dans les paramètres du système.

# practice-server: $url is the exchange's address.
cli-practice-listening = Plateforme d'entraînement à l'écoute sur { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Simulation : { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Chaque réponse prend { $milliseconds } ms de plus, comme sur un réseau lointain.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  Le vendeur de l'ordre { $order } a demandé l'annulation.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = Clé API : { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = Secret API : { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Essayez : BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Arrêtez avec Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = La plateforme d'entraînement n'a pas pu démarrer sur le port { $port } : { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = La plateforme d'entraînement n'a pas pu démarrer : { $error }

# $name: what was typed after --profile.
cli-no-account-named = Aucun compte ne s'appelle « { $name } ». Voir `p2p-cancel-review keys list`, ou enregistrez-en un avec `keys add`.
cli-account-address-invalid = L'adresse de ce compte n'est pas une URL valide.
# In the terminal and in the window.
cli-environment-no-address = Cet environnement n'a pas d'adresse.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = clé venant de { $variable }
# $name: a saved account's name.
cli-no-key-saved = Aucune clé n'est enregistrée pour « { $name } ». Ajoutez-la de nouveau avec `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = Pas de clé API : utilisez --profile NAME (enregistré avec `keys add`), ou définissez { $key_variable } et { $secret_variable } ; ou essayez --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Impossible de lire vos ordres. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Rien n'a été envoyé. Accepter annule l'ordre et les cryptomonnaies restent chez le vendeur : si vous avez payé, votre argent ne revient que si le vendeur vous le rend. S'il est revenu sur votre compte, ou si vous ne l'avez jamais envoyé, confirmez avec --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Bon à savoir avant de répondre :
cli-order-record = Le vendeur :
cli-order-chat = Derniers messages de la discussion (les plus anciens d'abord) :
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (pour l'utiliser comme preuve : --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count ->
    [one] Un ordre marqué comme payé n'a pas pu être lu, il manque donc peut-être ci-dessus :
   *[other] { $count } ordres marqués comme payés n'ont pas pu être lus, ils manquent donc peut-être ci-dessus :
}
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Rien n'attend votre réponse ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count ->
        [one] { $count } ordre attend votre réponse ({ $environment }), le plus urgent en premier :
       *[other] { $count } ordres attendent votre réponse ({ $environment }), les plus urgents en premier :
    }
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } pour { $quantity } { $token }  vendeur { $seller }  créé : { $created }  temps restant : { $left }
# Time left to answer, when not known.
cli-unknown = inconnu
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = inconnu

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = Impossible de lire l'ordre { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Ordre { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = Vous achetez { $quantity } { $token } pour { $amount } { $currency } à { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = Vous vendez { $quantity } { $token } pour { $amount } { $currency } à { $price }
# $name: the other side's nickname.
cli-order-seller = Vendeur : { $name }
# $name: the other side's nickname.
cli-order-buyer = Acheteur : { $name }
# $status: the order's status in words.
cli-order-status = Statut : { $status }
# $time: date and time.
cli-order-created = Création : { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Paiement : { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = Le vendeur demande l'annulation : « { $reason } ». Temps restant pour répondre : { $left }.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = Le vendeur demande l'annulation, sans motif. Temps restant pour répondre : { $left }.
cli-order-no-cancel-request = Aucune demande d'annulation n'attend votre réponse.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Vérification de { $account } ({ $environment }) :
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = ATTENTION
cli-check-mark-problem = PROBLÈME
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = Que faire : { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Surveillance de { $accounts } toutes les { $seconds } s : d'abord les demandes déjà en attente, puis chaque nouvelle demande. Arrêtez avec Ctrl+C.
cli-watch-no-accounts = Aucun compte enregistré pour l'instant : ajoutez-en un avec `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account } : vérification impossible. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account } : { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  nouvelle demande d'annulation  { $account }  ordre { $order }  { $amount } { $currency }  vendeur { $seller }  { $left } pour répondre
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  échéance proche  { $account }  ordre { $order }  { $amount } { $currency }  vendeur { $seller }  { $left } pour répondre

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Enregistrer la clé API et le secret d'un compte dans le trousseau de clés du système. Demande les deux (le secret masqué) ; depuis un script, fournissez-les sur l'entrée standard, la clé sur la première ligne et le secret sur la deuxième
# Help of the NAME given to `keys add`.
keys-help-add-name = Un nom pour le compte, à utiliser avec --profile
keys-help-env = L'environnement Bybit pour lequel la clé a été créée : mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae ou id
keys-help-base-url = Envoyer les requêtes de ce compte à une autre adresse (https uniquement ; http seulement sur cet ordinateur, par exemple une plateforme d'entraînement lancée avec `practice-server`)
keys-about-list = Lister les comptes enregistrés (jamais leurs clés)
keys-help-json = Un tableau JSON au lieu de lignes
keys-about-delete = Supprimer un compte et retirer sa clé du trousseau de clés
# Help of the NAME given to `keys delete`.
keys-help-delete-name = Le nom du compte

keys-practice-needs-no-key = Le compte d'entraînement n'a pas besoin de clé : utilisez --practice. (Pour une plateforme d'entraînement lancée avec `practice-server`, indiquez son --base-url.)
# $reason: why, in a sentence.
keys-nothing-saved = Rien n'a été enregistré. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = « { $name } » enregistré ({ $environment }) : la clé est dans le trousseau de clés de cet ordinateur. Utilisez-la avec --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = Clé API (masquée) :
keys-prompt-secret = Secret API (masqué) :
keys-two-lines-needed = Rien n'a été enregistré : fournissez la clé API sur la première ligne et le secret sur la deuxième.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Rien n'a été enregistré : sous Windows, ce terminal lirait aussi ce que vous tapez, et le secret pourrait rester dans son historique. Ajoutez la clé dans la fenêtre de l'application (Comptes), ou envoyez la clé API et le secret sur l'entrée standard, un par ligne.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = clé dans le trousseau
keys-state-missing = clé manquante : ajoutez-la de nouveau
keys-state-keyring-unavailable = trousseau de clés indisponible
# Keep the command to copy as it is.
keys-no-accounts = Aucun compte pour l'instant. Ajoutez-en un avec : p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = Aucun compte ne s'appelle « { $name } ».
# $error: the system's reason.
keys-key-not-removed = Impossible de supprimer la clé : { $error }
# $name: the account's name.
keys-deleted = « { $name } » supprimé, et sa clé retirée du trousseau de clés.

## The window's background work.

worker-account-not-open = Ce compte n'est pas encore ouvert ; patientez un instant et réessayez.
worker-account-not-open-nothing-sent = Ce compte n'est pas encore ouvert ; rien n'a été envoyé. Patientez un instant et réessayez.
# $error: why the history file cannot be written.
worker-history-unwritable = Rien n'a été envoyé : impossible d'écrire dans l'historique ({ $error }), et aucune réponse ne part sans être enregistrée.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Demande d'annulation · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } de { $seller } : { $left } pour répondre (ordre { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Échéance proche · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Il ne reste que { $left } pour répondre à la demande d'annulation de { $seller } ({ $amount } { $currency }, ordre { $order }).
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = peu de temps
# Button on a notification: opens the app at the order.
alert-action-open = Ouvrir

## File dialogs.

dialog-proof-files-title = Choisir les fichiers de preuve
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Photos, PDF, vidéos
dialog-export-history-title = Exporter l'historique en CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Langue
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Comme le système ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Taille du texte : Ctrl et + pour agrandir, Ctrl et − pour réduire, Ctrl et 0 pour rétablir (Cmd sur Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Langue des messages : en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN ou fr (par défaut celle du système : LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = Impossible d'ouvrir la fenêtre : { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = L'application est déjà ouverte mais n'a pas répondu : { $error }. Quittez-la depuis son icône dans la zone de notification (ou arrêtez-la dans le Gestionnaire des tâches), puis relancez-la.
