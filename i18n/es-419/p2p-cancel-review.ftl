# P2P Cancel Review — English, the reference language.
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = Cancelaciones P2P
# The language's own name, in the language picker (Settings).
language-name = Español (Latinoamérica)
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Solicitudes de cancelación de Bybit P2P
desktop-comment = Responde a la solicitud de un vendedor de Bybit P2P para cancelar una orden que compraste
desktop-keywords = Bybit;P2P;cripto;cancelar;orden;
desktop-action-practice = Modo de práctica (sin clave y sin dinero real)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit rechazó un campo de la solicitud: { $message }. Revisa el número de orden, el motivo y los comprobantes. (Código de Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = El reloj de tu computadora está { $seconds } s adelantado respecto al de Bybit, por eso Bybit rechazó la solicitud. Activa la hora automática en la configuración del sistema e inténtalo de nuevo. (Código de Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = El reloj de tu computadora está { $seconds } s atrasado respecto al de Bybit, por eso Bybit rechazó la solicitud. Activa la hora automática en la configuración del sistema e inténtalo de nuevo. (Código de Bybit { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = El reloj de tu computadora no coincide con el de Bybit, por eso Bybit rechazó la solicitud. Activa la hora automática en la configuración del sistema e inténtalo de nuevo. (Código de Bybit { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit no reconoce esta clave API. Revisa la clave y que se haya creado para este entorno: una clave de mainnet no funciona en testnet, ni al revés. (Código de Bybit { $code }: { $message })
error-api-10004 = La firma no coincidió, lo que significa que la clave secreta es incorrecta. Ingresa la clave secreta de nuevo o crea una nueva clave API en Bybit. (Código de Bybit { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = Esta clave API no tiene permiso para gestionar órdenes P2P. En Bybit, edita la clave y marca el permiso de órdenes P2P (FiatP2P). (Código de Bybit { $code }: { $message })
error-api-10006 = Demasiadas solicitudes de esta cuenta en poco tiempo. Espera unos segundos e inténtalo de nuevo. (Código de Bybit { $code }: { $message })
error-api-10010 = Esta clave API solo funciona desde otras direcciones IP. En Bybit, agrega a la clave la dirección IP de esta computadora o quita la restricción de IP. (Código de Bybit { $code }: { $message })
error-api-10016 = Bybit tuvo un error interno. Inténtalo de nuevo en un minuto. (Código de Bybit { $code }: { $message })
error-api-10017 = Bybit no reconoce esta solicitud. Revisa que el entorno o la dirección sea un servidor de la API de Bybit. (Código de Bybit { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Esta cuenta de Bybit no puede usar la API P2P: Bybit solo la permite a los Anunciantes Generales P2P (P2P General Advertiser). Solicita el estatus de anunciante en la página P2P de Bybit. (Código de Bybit { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit rechazó la solicitud: { $message }. (Código de Bybit { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = No se pudo entender la respuesta de Bybit (HTTP { $status }), así que el resultado es desconocido. Comenzaba con: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = No se pudo conectar con { $host }; no se envió nada. Revisa la conexión a internet e inténtalo de nuevo. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Bybit no respondió en { $seconds } s, así que el resultado es desconocido.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = La subida se detuvo: no avanzó nada durante { $seconds } s, con { $reached } ya enviados. Revisa tu conexión a internet e inténtalo de nuevo.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } de { $total } MB
# $detail: the system's technical reason.
error-connection-lost = La conexión con Bybit se cortó antes de que llegara la respuesta, así que el resultado es desconocido. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Esta computadora no puede abrir conexiones seguras: { $detail }. En Linux, instala el paquete ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = Bybit rechazó las credenciales (HTTP 401). Revisa la clave API y la clave secreta.
http-403 = Bybit bloqueó las solicitudes desde esta dirección IP (HTTP 403). O hubo demasiadas solicitudes (espera al menos 10 minutos antes de volver a intentarlo), o Bybit no da servicio en el país desde el que se conecta esta computadora.
http-404 = Bybit no reconoce esta dirección (HTTP 404). Revisa el entorno o la URL base.
http-429 = Bybit está limitando el tráfico en este momento (HTTP 429). Inténtalo de nuevo en un minuto.
# $status: an HTTP status from 500 to 599.
http-server-problem = Bybit tuvo un problema en el servidor (HTTP { $status }). Inténtalo de nuevo en unos minutos.
# $status: any other HTTP status.
http-other = Bybit respondió con HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } La respuesta comenzaba con: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Práctica
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Países Bajos
env-hong-kong = Hong Kong
env-turkey = Turquía
env-kazakhstan = Kazajistán
env-georgia = Georgia
env-uae = EAU
env-indonesia = Indonesia
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = entorno desconocido '{ $name }'; usa uno de estos: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = '{ $url }' no es una dirección web; escríbela así: https://api.bybit.com
env-url-not-https = '{ $url }' no está cifrada: solo se permiten direcciones https:// (http:// sin cifrar solo en esta computadora, 127.0.0.1 o localhost)
env-url-has-extras = '{ $url }' debe ser solo un servidor (como https://api.bybit.com), sin ruta, parámetros ni contraseña

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = esperando la blockchain
status-waiting-payment = esperando el pago del comprador
status-waiting-release = esperando que el vendedor libere las monedas
status-under-appeal = en apelación
status-cancelled = cancelada
status-finished = completada
status-payment-in-progress = pago en curso
status-payment-failed = pago fallido
status-cancelled-exception = cancelada (excepción)
status-waiting-token-choice = esperando que el comprador elija un token
status-objection-in-progress = objeción en curso
status-waiting-objection = esperando una objeción
status-unknown = en un estado desconocido
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = tipo de pago { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = No hay ninguna clave API guardada para esta cuenta. Agrégala de nuevo en Cuentas.
keyring-not-kept = El llavero no conservó la clave: al leerla de nuevo devolvió algo distinto. Inténtalo de nuevo o usa la clave solo durante esta sesión.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = Falló el llavero: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = la clave guardada está dañada; agrégala de nuevo
# $detail: the system's own words.
keyring-locked = El llavero denegó el acceso ({ $detail }). Desbloquéalo (en Linux: tu llavero de inicio de sesión) e inténtalo de nuevo.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = Esta computadora no tiene ningún servicio de llavero en funcionamiento, así que la clave no se puede guardar de forma segura. En Linux, instala GNOME Keyring (paquete gnome-keyring en Debian/Ubuntu) o KWallet, cierra sesión y vuelve a iniciarla, y luego agrega la clave. Mientras tanto, puedes usar la clave solo durante esta sesión: se queda en la memoria y se olvida al cerrar la app.
# $detail: the system's own words.
keyring-macos-unavailable = No se pudo abrir el Llavero de macOS: { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = No se pudo abrir el Administrador de credenciales de Windows: { $detail }
keyring-unsupported-system = Este sistema no tiene ningún llavero compatible.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Cuenta de práctica
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = No se pudo leer el archivo de cuentas { $path }: { $reason }
# $reason: the system's own words.
account-file-unsaved = No se pudo guardar el archivo de cuentas: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Ponle un nombre a la cuenta, como "Principal" o "Tienda 2".
# $max: the longest name allowed, in characters.
account-name-too-long = { $max ->
    [one] El nombre tiene más de { $max } carácter.
   *[other] El nombre tiene más de { $max } caracteres.
}
account-name-invisible = El nombre contiene caracteres invisibles.
# $name: the name the merchant typed.
account-name-taken = Ya existe una cuenta llamada "{ $name }".

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Hora del servidor
check-step-api-key = Clave API
check-step-p2p-account = Cuenta P2P
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = No se pudo leer la hora del servidor de Bybit. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = No se pudo verificar la clave. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Conectado a la cuenta P2P "{ $nickname }" (usuario { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = El reloj de esta computadora está { $seconds } s adelantado respecto al de Bybit. Bybit rechaza las solicitudes de un reloj adelantado; esta app lo corrige, otras herramientas no.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = El reloj de esta computadora está { $seconds } s atrasado respecto al de Bybit. Esta app lo corrige.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = El reloj de esta computadora está sincronizado con el de Bybit (menos de { $seconds } s de diferencia).
check-clock-advice = Activa la fecha y hora automáticas en la configuración del sistema.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = La clave es de solo lectura: puede ver las órdenes, pero no puede responder a una solicitud de cancelación.
check-key-read-only-advice = Crea una nueva clave con acceso de lectura y escritura.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = lectura y escritura
# A fact in the list.
check-key-p2p-permission = con permiso de órdenes P2P
check-key-no-p2p-permission = La clave no tiene el permiso de órdenes P2P.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = En Bybit, edita la clave y marca el permiso de órdenes P2P (FiatP2P).
# A fact in the list.
check-key-any-ip = se puede usar desde cualquier dirección IP
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = solo funciona desde { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = venció el { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = vence el { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = La clave funciona: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Crea una nueva clave antes de que esta venza y vuelve a agregarla aquí.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Aceptar la cancelación
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Rechazar la cancelación

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = Ya realicé el pago
reason-have-not-received-full-refund = No he recibido el reembolso completo
# "Some other reason".
reason-others = Otro motivo
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = '{ $value }' no es un motivo que Bybit acepte; usa have-made-payment, have-not-received-full-refund u others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Ingresa el número de orden.
review-order-id-not-digits = El número de orden solo tiene dígitos (como 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = El número de orden tiene como máximo { $max } { $max ->
        [one] dígito
       *[other] dígitos
    }; este tiene { $count }.
review-proof-link-empty = Un enlace de comprobante está vacío.
# $max: the most characters a link may have.
review-proof-link-too-long = El enlace de comprobante tiene más de { $max } { $max ->
        [one] carácter
       *[other] caracteres
    }.
# $link: the link as typed (a URL).
review-proof-link-comma = El enlace de comprobante { $link } contiene una coma, que Bybit usa para separar los comprobantes.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = El enlace de comprobante { $link } contiene espacios o caracteres invisibles.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = El enlace de comprobante { $link } debe comenzar con https:// o http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = El comentario tiene { $count } { $count ->
        [one] carácter
       *[other] caracteres
    }; el límite es { $max }.
review-remark-control-characters = El comentario contiene caracteres de control invisibles.
review-decision-missing = Elige si aceptas o rechazas la cancelación.
review-reason-missing = Elige por qué rechazas la cancelación.
review-proofs-missing = Agrega al menos un comprobante: una captura de pantalla, un PDF o un enlace.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = Se pueden enviar como máximo { $max } { $max ->
        [one] comprobante
       *[other] comprobantes
    }; quita { $extra }.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = Imagen JPEG
proof-kind-png = Imagen PNG
proof-kind-pdf = Documento PDF
proof-kind-mp4 = Video MP4
# $name: the file's name or path.
proof-file-not-found = Archivo de comprobante { $name }: el archivo no existe.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Archivo de comprobante { $name }: es { $what ->
        [folder] una carpeta
        [pipe] una tubería (pipe)
        [socket] un socket
        [device] un dispositivo
       *[other] otra cosa
    }, no un archivo normal. Elige una foto, un PDF o un video.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Archivo de comprobante { $name }: no se puede leer ({ $reason }).
proof-file-empty = Archivo de comprobante { $name }: está vacío.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Archivo de comprobante { $name }: { $size } MB es demasiado grande; el límite es { $limit } MB. Envía una foto más pequeña o un video más corto.
# The extensions are literal.
proof-file-wrong-extension = Archivo de comprobante { $name }: solo se aceptan archivos .jpg, .jpeg, .png, .pdf y .mp4.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Archivo de comprobante { $name }: su nombre indica { $claimed ->
        [jpeg] una imagen JPEG
        [png] una imagen PNG
        [pdf] un documento PDF
       *[mp4] un video MP4
    }, pero su contenido es { $found ->
        [jpeg] una imagen JPEG
        [png] una imagen PNG
        [pdf] un documento PDF
        [mp4] un video MP4
       *[other] otra cosa
    }. Expórtalo de nuevo en el formato correcto.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Subiendo el comprobante { $index } de { $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, faltan unos { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Enviando la respuesta…
submit-checking = Bybit no dio una respuesta clara: leyendo la orden para ver si tu respuesta llegó…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit pidió bajar el ritmo; se enviará de nuevo en { $seconds } s…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = No se envió nada: no se pudo escribir en el historial, y ninguna respuesta sale sin quedar registrada. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = No se envió nada para la orden { $order }: { $error }
# $name: the proof file's name.
submit-report-upload-failed = No se envió nada para la orden { $order }: no se pudo subir el comprobante { $name }. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = No se envió nada: detuviste la subida de { $name } en { $reached }. La orden { $order } todavía espera tu respuesta.
submit-report-not-applied = Tu respuesta para la orden { $order } no se aplicó. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } Luego la app leyó la orden { $order }: todavía espera tu respuesta, así que tu respuesta no se aplicó. Puedes enviarla de nuevo sin riesgo.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } Luego la app leyó la orden { $order }: ya no espera tu respuesta (ahora: { $status }), así que tu respuesta se aplicó; se confirmó leyendo la orden.
# $check: why reading the order failed.
submit-report-check-failed = { $error } Luego la app intentó leer la orden { $order } para averiguarlo, pero no pudo ({ $check }). Abre la orden en Bybit antes de volver a enviar la respuesta.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Listo: aceptaste la cancelación de la orden { $order } que pidió el vendedor ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Listo: rechazaste la cancelación de la orden { $order } que pidió el vendedor ({ $environment }), motivo "{ $reason }", con { $count } { $count ->
        [one] comprobante
       *[other] comprobantes
    }.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = No se pudo abrir el archivo del historial { $path }: { $error }
submit-history-unusable = No se pudo leer ni escribir el historial: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = No se pudo crear la carpeta { $path }: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = el archivo del historial está dañado: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = No se pudo leer el archivo del historial ({ $error }). Se guardó aparte como { $path } y se comenzó un historial nuevo; tus registros anteriores están en ese archivo.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = sin confirmar: revisa la orden
outcome-accepted = aceptada
outcome-refused = rechazada
outcome-not-sent = no enviada
outcome-unknown = sin confirmar

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = fecha
csv-column-environment = entorno
csv-column-account = cuenta
csv-column-order = orden
csv-column-decision = decisión
csv-column-reason = motivo
csv-column-proofs = comprobantes
csv-column-remark = comentario
csv-column-outcome = resultado
csv-column-code = código
csv-column-message = mensaje
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = latencia_ms
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = verificación
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = No se pudo escribir el archivo: { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } s
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } min { $seconds } s
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } h { $minutes } min
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } min
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = hora desconocida

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Sin problemas
trouble-late-answer = Bybit actúa, pero responde demasiado tarde
trouble-dropped-connection = La conexión se corta después de que Bybit actúa
trouble-server-error = Bybit falla con un error del servidor (no actúa)
trouble-web-page = Bybit actúa, pero responde con una página web
trouble-garbled-answer = Bybit actúa, pero su respuesta llega ilegible
# 3 s: three seconds.
trouble-clock-behind = El reloj de Bybit va 3 s atrasado respecto al de esta computadora
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit responde "too many requests" (demasiadas solicitudes) una vez
trouble-ip-blocked = Bybit bloquea esta dirección IP (HTTP 403)
trouble-not-an-advertiser = La cuenta no es anunciante P2P
trouble-slow-upload = Los archivos se suben despacio (1 Mbit/s, una conexión doméstica común)
trouble-stalled-upload = La subida de un archivo se detiene a la mitad

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Responder a una solicitud de cancelación del vendedor
# Under the heading.
form-intro = Completa la orden y tu respuesta. Verás todo una vez más antes de enviarlo.
# Label of the order number field.
form-order-number = Número de orden
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Pégalo desde la página de la orden, p. ej. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Tu respuesta
# Small text under the "Accept the cancellation" button.
form-accept-explanation = La orden se cancela y las criptomonedas se quedan con el vendedor. Elige esta opción solo si tu dinero ya volvió o si nunca pagaste.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = La orden sigue abierta. Elige esta opción si ya pagaste; indica un motivo y un comprobante.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Marcaste esta orden como pagada: { $amount } { $currency } a { $seller }. Si aceptas, la orden se cancela y los { $token } se quedan con el vendedor. Acepta solo si los { $amount } { $currency } ya volvieron a tu cuenta.
# The same when the order's details are not known (yet).
guard-paid-unknown = Si marcaste esta orden como pagada, al aceptar se cancela y las criptomonedas se quedan con el vendedor. Acepta solo si tu dinero ya volvió a tu cuenta.
# The same for an order in another status. $status: the status in words.
guard-other-status = El estado de esta orden es "{ $status }". Si aceptas la solicitud del vendedor, la orden se cancela.
# The box to tick before an Accept can be sent.
guard-refund-received = Los { $amount } { $currency } ya volvieron a mi cuenta, o nunca los envié
guard-refund-received-unknown = Mi dinero ya volvió a mi cuenta, o nunca lo envié
# Beside the disabled send button.
guard-tick-first = Para aceptar, primero marca la casilla de arriba.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Antes de responder
# $days: the account's age in days.
warning-young-account = { $days ->
    [0] Ten cuidado: la cuenta de este vendedor tiene menos de un día.
    [one] Ten cuidado: la cuenta de este vendedor tiene solo un día.
   *[other] Ten cuidado: la cuenta de este vendedor tiene solo { $days } días.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Ten cuidado: este vendedor todavía no ha completado ninguna orden en Bybit.
    [one] Ten cuidado: este vendedor solo ha completado una orden en Bybit.
   *[other] Ten cuidado: este vendedor solo ha completado { $count } órdenes en Bybit.
}
# $percent: a whole number (62).
warning-low-completion = Ten cuidado: en los últimos 30 días este vendedor cumplió solo el { $percent } % de sus órdenes.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Ten cuidado: el vendedor te pide que canceles primero y promete devolverte el dinero ("{ $words }"). Una vez cancelada la orden, las criptomonedas se quedan con el vendedor y nada lo obliga a reembolsarte.
warning-system-error = Ten cuidado: el vendedor habla de un error del sistema o de un pago fallido ("{ $words }"). Revisa directamente tu cuenta bancaria; una orden pagada no se cancela por un error.
warning-off-platform = Ten cuidado: el vendedor quiere hablar fuera de Bybit ("{ $words }"). Mantén la conversación en el chat de la orden: es lo que ve el soporte de Bybit si apelas.
# Label of the drop-down list of reasons for refusing.
form-reason = Motivo
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Elige un motivo…
# Label of the remark field (free text sent with a refusal).
form-remark = Comentario (opcional)
# Placeholder inside the empty remark field.
form-remark-hint = Lo que el vendedor y el soporte de Bybit deban saber, en cualquier idioma.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $max ->
    [one] { $count } / { $max } carácter
   *[other] { $count } / { $max } caracteres
}
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Preparando…
# Button while proof files upload.
form-stop-upload = Cancelar la subida
form-stop-upload-tooltip = Detiene la subida. Tu respuesta no se envía, y la orden la sigue esperando.
# Button: opens the confirmation dialog.
form-review-and-send = Revisar y enviar…
# Beside the send button while the account is still connecting.
form-account-not-open = La cuenta aún no está abierta.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Antes de enviar:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = El reloj de esta computadora está { $seconds } s adelantado respecto al de Bybit. La app lo corrige, pero activa la fecha y hora automáticas en la configuración del sistema: Bybit rechaza las solicitudes de un reloj adelantado.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = El reloj de esta computadora está { $seconds } s atrasado respecto al de Bybit. La app lo corrige, pero activa la fecha y hora automáticas en la configuración del sistema: Bybit rechaza las solicitudes de un reloj adelantado.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Respuesta aceptada
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Respuesta aplicada (confirmado al leer la orden)
form-result-refused = Bybit rechazó la respuesta
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Tu respuesta no se aplicó
form-result-not-sent = No se envió nada
form-result-unknown = Resultado desconocido: revisa la orden en Bybit
# Button.
form-send-again = Enviar de nuevo
# Button: clears the form for the next order.
form-answer-another = Responder otra orden
# Button: opens the History tab.
form-see-in-history = Ver en el historial

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Comprobantes
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Capturas de pantalla de tu pago, estados de cuenta bancarios (.jpg, .png, .pdf) o un video corto (.mp4), de hasta { $megabytes } MB cada uno; o enlaces. Como máximo { $max }.
# Under the proof heading: what appeals value most.
proofs-video-advice = En las apelaciones, Bybit da más peso a una grabación de pantalla (.mp4), por ejemplo de tu app bancaria mostrando el pago.
# Button: opens a file dialog.
proofs-add-files = Agregar archivos…
# Beside the "Add files…" button.
proofs-drop-hint = o suelta los archivos en cualquier parte de esta ventana
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Revisando los archivos…
# Label of the field where links are pasted.
proofs-links = Enlaces
# Placeholder inside the empty links field.
proofs-links-hint = Pega uno o más enlaces: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Agregar enlaces
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = IMG
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = URL
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Enlace
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Quitar
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Quitar { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } KB
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } MB

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = ¿Enviar esta respuesta?
# Warning at the top of the dialog.
confirm-cannot-undo = Esto no se puede deshacer: una vez que Bybit la recibe, la respuesta es definitiva.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Entorno
confirm-account = Cuenta
confirm-order = Orden
confirm-decision = Decisión
confirm-reason = Motivo
confirm-proofs = Comprobantes
confirm-remark = Comentario
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (archivo, se sube primero)
# The "Remark" row when no remark was written.
confirm-remark-none = (ninguno)
# Button: sends the answer.
confirm-send-now = Enviar ahora
# Button: closes the dialog without sending.
confirm-go-back = Volver
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter envía · Esc vuelve

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Detalles de la orden
# Shown when no order is chosen yet.
details-empty = Elige una orden a la izquierda, o escribe su número, para ver sus detalles aquí.
# Beside a spinner while the order is being read from Bybit.
details-loading = Leyendo la orden…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = El vendedor pide cancelar
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = "{ $reason }"
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = Quedan { $time } para responder
details-no-request = Ninguna solicitud de cancelación espera tu respuesta en esta orden.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Compras
details-you-sell = Vendes
# Row name: the other side of the order (their nickname beside it).
details-seller = Vendedor
details-buyer = Comprador
details-amount = Importe
details-price = Precio
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } por { $token }
details-status = Estado
# Row name: when the order was created (a date and time beside it).
details-created = Creada
# Row name: the payment methods of the order.
details-payment = Pago
# The seller's record, in the order's details.
record-heading = El vendedor
record-account-age = Antigüedad de la cuenta
# $days: whole days.
record-days = { $days ->
    [one] 1 día
   *[other] { $days } días
}
record-finished = Órdenes completadas
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } en 30 días)
record-completion = Tasa de cumplimiento (30 días)
# $percent: a number (98.6).
record-percent = { $percent } %
record-ratings = Calificaciones
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent } % positivas ({ $good } positivas, { $bad } negativas)
record-presence = Actividad
record-online = en línea ahora
# $time: a date and time.
record-last-seen = última vez en línea: { $time }
record-not-said = no indicado
record-history = Solicitudes anteriores
record-history-none = ninguna de este vendedor hasta ahora
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = { $count } antes: { $accepted } aceptadas, { $refused } rechazadas
# $error: why, in full sentences.
record-unreadable = No se pudieron leer los datos del vendedor. { $error }
# The order's chat, in the details.
chat-heading = Chat con el vendedor
chat-loading = Leyendo el chat…
# $error: why, in full sentences.
chat-unreadable = No se pudo leer el chat; todo lo demás funciona. { $error }
chat-empty = No hay mensajes en este chat.
chat-earlier = Mostrar mensajes anteriores
chat-you = Tú
# A file in the chat. $name: its file name.
chat-picture = Imagen: { $name }
chat-pdf = PDF: { $name }
chat-video = Video: { $name }
chat-unknown = (un tipo de mensaje que esta app no puede mostrar)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Usar como comprobante
chat-used-as-proof = Ya está en tus comprobantes

## The welcome screen (first run, no account yet).

welcome-heading = Responder a una solicitud de cancelación del vendedor
welcome-intro = Cuando un vendedor de Bybit P2P pide cancelar una orden que compraste, tú la aceptas o la rechazas. Esta app envía tu respuesta, con tus comprobantes, en pocos clics.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Agregar mi clave API de Bybit
# Under the "Add my Bybit API key" button.
welcome-key-note = Tu clave se queda en el llavero de esta computadora, nunca en un archivo.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Probar el modo de práctica
# Under the "Try practice mode" button.
welcome-practice-note = Un exchange simulado en esta computadora, con órdenes de ejemplo. Sin clave y sin dinero real.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Abriendo la cuenta…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Sin conexión
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Probar conexión
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Salir
# Button: opens the About dialog.
top-about = Acerca de
# Button: opens the Accounts dialog.
top-accounts = Cuentas…
# Button: opens the Settings dialog.
top-settings = Configuración…
# Label of the account picker in the top bar.
top-account = Cuenta
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Responder solicitud
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = { $count ->
    [one] Responder solicitud ({ $count } nueva)
   *[other] Responder solicitud ({ $count } nuevas)
}
# Tab: the history of answers sent, before it has been read.
top-tab-history = Historial
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = Historial ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = PRÁCTICA · sin dinero real
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · fondos de prueba
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · DINERO REAL

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Esperan tu respuesta
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count ->
    [one] { $count } nueva
   *[other] { $count } nuevas
}
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = NUEVA
# Button: reads every watched account now.
orders-refresh = Actualizar
# Shown beside a spinner while the accounts are being read.
orders-checking = Revisando…
# Shown when the merchant paused the watching.
orders-watching-paused = Vigilancia en pausa
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit está rechazando esta computadora por ahora
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit respondió "403 Forbidden": hubo demasiadas solicitudes desde esta dirección IP (también cuentan otras apps o computadoras que usan la misma conexión), o Bybit no da servicio en este país. Todas las cuentas en { $host } quedan en pausa hasta las { $time } y luego se vuelven a revisar solas.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count ->
    [one] No se pudo leer una orden de { $account }: puede que esté esperando tu respuesta. Se volverá a intentar en unos segundos.
   *[other] No se pudieron leer { $count } órdenes de { $account }: alguna puede estar esperando tu respuesta. Se volverá a intentar en unos segundos.
}
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Orden { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = revisado a las { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Revisar
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = cada { $count } s
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = { $count ->
    [one] cada minuto
   *[other] cada { $count } minutos
}
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = lo más seguido posible
# Button: pauses the watching.
orders-pause = Pausar
# Button: resumes the watching.
orders-resume = Reanudar
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: no se pudo revisar.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Sus órdenes de abajo son de la última revisión exitosa.
# Button: reads the accounts again.
orders-try-again = Reintentar
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Revisar { $account } de nuevo
# Shown when no cancel request waits.
orders-empty = Nada espera tu respuesta.
orders-empty-hint = Cuando un vendedor pida cancelar una de tus órdenes, aparecerá aquí.
# Shown before the first list has arrived.
orders-looking = Buscando solicitudes de cancelación…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Práctica: simular problemas
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = creada a las { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = quedan { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Orden { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Orden { $order } { $amount } { $currency }, cuenta { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Leyendo el historial…
# The history is empty for the filter chosen.
history-empty-filtered = Ninguna respuesta coincide con este filtro.
# The history is empty.
history-empty = Aún no hay respuestas enviadas.
history-empty-hint = Cada respuesta que envíes, desde esta ventana o desde la línea de comandos, aparece aquí.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Fecha
history-column-environment = Entorno
history-column-account = Cuenta
history-column-order = Orden
history-column-decision = Decisión
history-column-reason = Motivo
history-column-proofs = Comprobantes
history-column-outcome = Resultado
history-column-latency = Latencia
# Filter label: an order number.
history-filter-order = Orden
# Hint in the empty order-number filter.
history-filter-order-hint = cualquier orden
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Resultado
# Filter choice: every outcome.
history-filter-all = Todos
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = Exportar CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = aceptar
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = rechazar
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } ms
# Button at the end of each row: shows the answer in full.
history-details = Detalles
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Orden { $order }
# Row names of that dialog.
history-entry-time = Fecha y hora
history-entry-environment = Entorno
history-entry-account = Cuenta
history-entry-decision = Decisión
history-entry-reason = Motivo
history-entry-proofs = Comprobantes
# The merchant's remark to the seller.
history-entry-remark = Comentario
history-entry-outcome = Resultado
# Bybit's answer code (a number).
history-entry-bybit-code = Código de Bybit
# Bybit's message (shown as received).
history-entry-message = Mensaje
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Verificado después
history-entry-latency = Latencia
# Button: closes the dialog.
history-entry-close = Cerrar

## Settings

# Heading of the Settings dialog.
settings-title = Configuración
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Esperar la respuesta de Bybit
# Label of the slider of that section.
settings-answer-timeout-seconds = Segundos
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}s
settings-answer-timeout-explained = Si no llega ninguna respuesta en este tiempo, la app lee la orden para saber si tu respuesta llegó, y nunca la envía dos veces por su cuenta. Con una conexión lenta, subir un archivo de comprobante puede tardar minutos: la subida solo se detiene si nada avanza durante este tiempo.
# Section: how often to read the accounts.
settings-watch = Buscar solicitudes de cancelación
settings-watch-explained = Todas las cuentas se vigilan, incluso con esta ventana minimizada o cerrada en la bandeja del sistema. Una notificación te avisa de cada solicitud nueva, y otra vez cuando quedan 3 minutos.
# Checkbox.
settings-alert-sound = Reproducir un sonido con cada notificación
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Abrir al iniciar sesión, en la bandeja
# Section: help from support.
settings-support = Soporte
# Button: copies a report for support.
settings-copy-diagnostics = Copiar diagnóstico
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = para un mensaje a soporte: versiones, configuración, líneas recientes del registro; nunca una clave ni una clave secreta.
# $path: a folder.
settings-logs-folder = Los registros se guardan en { $path }
# Button: closes the dialog.
settings-close = Cerrar
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = Acerca de { $app }…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Versión { $version } para { $os } ({ $arch })
about-licence = Software libre bajo la licencia MIT: úsalo, cópialo y compártelo libremente.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Texto de la licencia
# Button.
about-open-data-folder = Abrir la carpeta de datos
# Button.
about-open-logs-folder = Abrir la carpeta de registros
about-data-folder-explained = La carpeta de datos guarda el historial, los nombres de las cuentas y la configuración. Las claves API nunca están ahí: se quedan en el llavero del sistema.
# Button: closes the dialog.
about-close = Cerrar

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Prueba de conexión: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Revisando el reloj, la clave y la cuenta P2P…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: OK
check-dialog-step-warning = { $step }: Aviso
check-dialog-step-problem = { $step }: Problema
# $advice: a sentence saying what to do.
check-dialog-advice = Qué hacer: { $advice }
# Button: closes the dialog.
check-dialog-close = Cerrar

## Accounts

# Heading of the Accounts dialog.
accounts-title = Cuentas
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Sí, eliminar { $account }
# Button: does not delete the account.
accounts-keep = Conservar
# Button. $account: the account's name.
accounts-delete = Eliminar { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Probar { $account }
# Section: adding an API key.
accounts-add = Agregar una cuenta
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = En Bybit, abre Cuenta > Gestión de API > Crear nueva clave, elige "Generada por el sistema" y marca el permiso de órdenes P2P.
# Field label: the account's name, chosen by the merchant.
accounts-name = Nombre
# Example name in the empty field.
accounts-name-hint = Tienda principal
# Field label: which Bybit site the key was made on.
accounts-environment = Entorno
# The environment field before a choice.
accounts-environment-choose = Elegir…
accounts-api-key = Clave API
accounts-api-secret = Clave secreta
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Guardando en el llavero…
# Main button: saves the key in the system keyring.
accounts-save = Guardar en el llavero
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Usar esta clave hasta cerrar la app
# Button: closes the dialog.
accounts-close = Cerrar
# Errors of the form.
accounts-choose-environment = Elige el entorno para el que se creó esta clave.
accounts-paste-key = Pega la clave API.
accounts-paste-secret = Pega la clave secreta.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Descartar
notice-busy = La app está ocupada; inténtalo de nuevo en un momento.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Tendrás que volver a agregar tus cuentas.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Los archivos de comprobante solo se envían cuando rechazas la cancelación: elige "Rechazar la cancelación" para usarlos.
notice-account-not-open = La cuenta aún no está abierta; espera un momento o elige otra cuenta.
# $account: the account's name.
notice-key-kept-for-session = { $account }: la clave se conserva hasta que cierres la app y luego se olvida.
# $account: the account's name.
notice-key-saved = { $account }: la clave está guardada en el llavero de esta computadora.
# $account: the account's identifier.
notice-key-removed = La clave de { $account } se eliminó del llavero.
# $error: the system's reason.
notice-key-not-removed = No se pudo eliminar la clave del llavero: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = No se eligió ningún archivo. Si no se abrió ninguna ventana para elegir archivos, arrastra los archivos a esta ventana.
# $error: the system's reason.
notice-start-at-login-failed = No se pudo cambiar el inicio al iniciar sesión: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: Bybit pidió bajar el ritmo (demasiadas solicitudes con esta clave, quizá desde otra herramienta que también la usa). Durante los próximos { $minutes } minutos, esta cuenta se revisa cada { $seconds } s.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = la app se está ejecutando desde su imagen de disco. Arrástrala a Aplicaciones, ábrela desde ahí y vuelve a activar esta opción.
# $error: the system's reason.
notice-settings-not-saved = No se pudo guardar la configuración: { $error }
notice-diagnostics-copied = Diagnóstico copiado. Pégalo en tu mensaje a soporte: no contiene ninguna clave ni clave secreta.
# $count: how many answers were written; $path: the file.
notice-exported = { $count ->
    [one] Se exportó { $count } registro a { $path }
   *[other] Se exportaron { $count } registros a { $path }
}
# $error: the reason.
notice-export-failed = La exportación falló: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = No se pudo abrir la carpeta ({ $error }). Está en { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Suelta para agregar como comprobante
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = La app sigue vigilando las solicitudes de cancelación desde la bandeja. Para salir, elige Salir en su menú.
# Tray menu. $app: the app's name (app-title).
tray-open = Abrir { $app }
tray-refresh = Actualizar ahora
tray-pause = Pausar la vigilancia
tray-resume = Reanudar la vigilancia
tray-quit = Salir
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: Ninguna solicitud de cancelación espera tu respuesta
    [one] { $app }: { $count } solicitud de cancelación espera tu respuesta
   *[other] { $app }: { $count } solicitudes de cancelación esperan tu respuesta
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: Ninguna solicitud de cancelación espera tu respuesta (vigilancia en pausa)
    [one] { $app }: { $count } solicitud de cancelación espera tu respuesta (vigilancia en pausa)
   *[other] { $app }: { $count } solicitudes de cancelación esperan tu respuesta (vigilancia en pausa)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Responde a la solicitud de un vendedor de Bybit P2P para cancelar una orden que compraste: acéptala o recházala con comprobantes.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Responde a la solicitud de un vendedor de Bybit P2P para cancelar una orden que compraste: acéptala o recházala con comprobantes.

    Sin un comando, abre la ventana. Las credenciales para los comandos vienen de una cuenta guardada con `keys add` (--profile NAME) o de las variables de entorno BYBIT_API_KEY y BYBIT_API_SECRET; --practice no necesita ninguna.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Código de salida: 0 aceptada por el exchange, 1 rechazada por el exchange, 2 datos no válidos (no se envió nada), 3 falla de red o resultado desconocido.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Abre la ventana en modo de práctica: un exchange simulado en esta computadora, sin necesidad de clave API
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Inicia en la bandeja sin mostrar la ventana (como al iniciar sesión); donde no hay bandeja, la ventana se abre como siempre
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Abre la ventana con esta orden lista para responder (si la app ya está abierta, la orden se abre en ella)

# The commands, as --help lists them.
cli-about-review = Responde a la solicitud de un vendedor para cancelar una orden que compraste
cli-about-orders = Lista tus órdenes de compra cuyo vendedor pidió cancelar y que esperan tu respuesta
cli-about-order = Muestra una orden: importes, vendedor, estado, pago y la solicitud de cancelación del vendedor
cli-about-check = Prueba la conexión: el reloj frente al de Bybit, lo que puede hacer la clave, la cuenta P2P
cli-about-watch = Vigila las solicitudes de cancelación hasta que lo detengas con Ctrl+C: una línea por cada solicitud nueva y por cada aviso de plazo (quedan 3 minutos), primero las que ya están esperando
cli-about-practice-server = Ejecuta el exchange de práctica en 127.0.0.1 hasta que lo detengas con Ctrl+C
cli-about-keys = Guarda, lista o elimina las claves API de tus cuentas (guardadas en el llavero del sistema)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Entorno de Bybit: mainnet (predeterminado), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id o practice
cli-help-base-url = Cualquier otro servidor de la API de Bybit (solo https; http solo en 127.0.0.1 o localhost)
cli-help-practice = Usa el exchange de práctica integrado y su cuenta de práctica (no se necesita clave)
cli-help-profile = Usa una cuenta guardada con `keys add` (su clave del llavero, su entorno). BYBIT_API_KEY y BYBIT_API_SECRET tienen prioridad si están definidas
cli-help-timeout = Segundos de espera mientras nada avanza: ninguna respuesta de Bybit, o ningún byte recibido de un archivo de comprobante mientras se sube. Con una conexión lenta, un archivo grande puede tardar minutos, siempre que siga avanzando (de 1 a 300)
cli-help-json = Imprime un objeto JSON en lugar de una frase

# Flags of `review` (and the order number of `order`).
cli-help-order = El número de orden (solo dígitos)
cli-help-pass = Acepta la cancelación del vendedor. Envía solo la orden y la decisión
cli-help-reject = Rechaza la cancelación del vendedor; requiere --reason y al menos un --proof o --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Por qué rechazas: have-made-payment, have-not-received-full-refund u others
cli-help-proof = Un enlace de comprobante (https:// o http://, sin comas ni espacios). Repítelo para agregar más
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = Un archivo de comprobante que se sube primero: .jpg, .jpeg, .png, .pdf o .mp4, de { $megabytes } MB como máximo. Repítelo para agregar más
# $characters: the longest remark (500).
cli-help-remark = { $characters ->
        [one] Un comentario para el rechazo (como máximo { $characters } carácter)
       *[other] Un comentario para el rechazo (como máximo { $characters } caracteres)
    }

# Flags of `watch`.
cli-help-interval = Segundos por ronda: cada orden marcada como pagada se lee una vez por ronda. El valor predeterminado, 8, es lo más seguido posible; una cuenta nunca se lee más de 1.5 veces por segundo, sea cual sea la ronda (de 1 a 3600)
cli-help-all = Vigila todas las cuentas guardadas con `keys add`, cada una con su propia clave y su propio límite de solicitudes

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Puerto en 127.0.0.1 (0 elige uno libre)
cli-help-trouble = Simula problemas, para ver cómo reacciona la app
cli-help-late-by = Con --trouble late-answer: cuánto tarda la respuesta, en segundos
cli-help-latency = Agrega a cada respuesta el tiempo de ida y vuelta de una red, en milisegundos (para ver la espera de un comerciante lejos de Bybit; lo usan las pruebas de rendimiento)
cli-help-second-book = Tiene un segundo conjunto de órdenes de ejemplo (otras órdenes, otros vendedores), para practicar con dos cuentas a la vez: guarda este exchange como una cuenta con `keys add NAME --env practice --base-url URL`
cli-help-refund-received = Con --pass: confirma que el dinero que pagaste volvió a tu cuenta, o que nunca lo enviaste (al aceptar, la orden se cancela y las criptomonedas se quedan con el vendedor)
cli-help-paid = En lugar de las órdenes de ejemplo: esta cantidad de órdenes marcadas como pagadas, todavía sin solicitud de cancelación (con --unpaid, el día de un comerciante con mucho trabajo, para vigilar)
cli-help-unpaid = Con --paid: esta cantidad de órdenes que esperan tu pago
cli-help-new-request-every = Cada cuántos segundos un vendedor pide cancelar una de las órdenes marcadas como pagadas (0: nunca)

cli-usage = Uso: { $usage }
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-help-help = Mostrar la ayuda
cli-help-version = Mostrar la versión
cli-help-help-command = Mostrar esta ayuda o la del comando indicado
cli-default = predeterminado: { $value }
cli-error = error: { $message }
cli-error-missing = obligatorio y no indicado: { $arguments }
cli-error-unknown-argument = argumento inesperado: { $argument }
cli-error-unknown-command = comando desconocido: { $command }
cli-error-invalid-value = { $value } no es un valor válido para { $argument }
cli-error-possible-values = valores posibles: { $values }
cli-error-conflict = { $argument } no se puede usar junto con { $other }
cli-error-missing-command = falta un comando
cli-error-similar = ¿quisiste decir { $suggestion }?
cli-error-more = Para más información, prueba '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = No se pudo iniciar: { $error }
cli-choose-pass-or-reject = Indica --pass para aceptar la cancelación o --reject para rechazarla.
# The history could not be opened. $error: why.
cli-nothing-sent = No se envió nada: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Nota: el reloj de esta computadora está { $seconds } s adelantado respecto al de Bybit. La app lo corrigió; activa la fecha y hora automáticas en la configuración del sistema.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Nota: el reloj de esta computadora está { $seconds } s atrasado respecto al de Bybit. La app lo corrigió; activa la fecha y hora automáticas en la configuración del sistema.

# practice-server: $url is the exchange's address.
cli-practice-listening = Exchange de práctica escuchando en { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Simulando: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Cada respuesta tarda { $milliseconds } ms más, como en una red lejana.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  El vendedor de la orden { $order } pidió cancelarla.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = Clave API: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = Clave secreta: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Prueba: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Para detenerlo, presiona Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = El exchange de práctica no pudo iniciar en el puerto { $port }: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = El exchange de práctica no pudo iniciar: { $error }

# $name: what was typed after --profile.
cli-no-account-named = No hay ninguna cuenta llamada "{ $name }". Consulta `p2p-cancel-review keys list` o guarda una con `keys add`.
cli-account-address-invalid = La dirección de esta cuenta no es una URL válida.
# In the terminal and in the window.
cli-environment-no-address = Este entorno no tiene dirección.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = clave de { $variable }
# $name: a saved account's name.
cli-no-key-saved = No hay ninguna clave guardada para "{ $name }". Agrégala de nuevo con `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = No hay clave API: usa --profile NAME (guardada con `keys add`) o define { $key_variable } y { $secret_variable }; o prueba --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = No se pudieron leer tus órdenes. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = No se envió nada. Al aceptar, la orden se cancela y las criptomonedas se quedan con el vendedor: si pagaste, tu dinero solo vuelve si el vendedor lo devuelve. Si ya volvió a tu cuenta, o nunca lo enviaste, confírmalo con --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Conviene saber antes de responder:
cli-order-record = El vendedor:
cli-order-chat = Últimos mensajes del chat (los más antiguos primero):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (para usarlo como comprobante: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count ->
    [one] No se pudo leer una orden marcada como pagada, así que puede faltar en la lista de arriba:
   *[other] No se pudieron leer { $count } órdenes marcadas como pagadas, así que pueden faltar en la lista de arriba:
}
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Nada espera tu respuesta ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count ->
        [one] { $count } orden espera tu respuesta ({ $environment }), la más urgente primero:
       *[other] { $count } órdenes esperan tu respuesta ({ $environment }), las más urgentes primero:
    }
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } por { $quantity } { $token }  vendedor { $seller }  creada: { $created }  tiempo para responder: { $left }
# Time left to answer, when not known.
cli-unknown = desconocido
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = no disponible

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = No se pudo leer la orden { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Orden { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = Compras { $quantity } { $token } por { $amount } { $currency } a { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = Vendes { $quantity } { $token } por { $amount } { $currency } a { $price }
# $name: the other side's nickname.
cli-order-seller = Vendedor: { $name }
# $name: the other side's nickname.
cli-order-buyer = Comprador: { $name }
# $status: the order's status in words.
cli-order-status = Estado: { $status }
# $time: date and time.
cli-order-created = Creada: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Pago: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = El vendedor pide cancelar: "{ $reason }". Tiempo para responder: { $left }.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = El vendedor pide cancelar, sin indicar motivo. Tiempo para responder: { $left }.
cli-order-no-cancel-request = Ninguna solicitud de cancelación espera tu respuesta.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Revisando { $account } ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = AVISO
cli-check-mark-problem = PROBLEMA
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = Qué hacer: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Vigilando { $accounts } cada { $seconds } s: primero las solicitudes que ya están esperando y luego cada una nueva. Para detenerlo, presiona Ctrl+C.
cli-watch-no-accounts = Aún no hay ninguna cuenta guardada: agrega una con `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: no se pudo revisar. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  nueva solicitud de cancelación  { $account }  orden { $order }  { $amount } { $currency }  vendedor { $seller }  tiempo para responder: { $left }
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  el plazo está por vencer  { $account }  orden { $order }  { $amount } { $currency }  vendedor { $seller }  tiempo para responder: { $left }

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Guarda la clave API y la clave secreta de una cuenta en el llavero del sistema. Pide las dos (la clave secreta, sin mostrarla); desde un script, pásalas por la entrada estándar: la clave en la primera línea y la clave secreta en la segunda
# Help of the NAME given to `keys add`.
keys-help-add-name = Un nombre para la cuenta, que se usa con --profile
keys-help-env = El entorno de Bybit para el que se creó la clave: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae o id
keys-help-base-url = Envía las solicitudes de esta cuenta a otra dirección (solo https; http solo en esta computadora, como un exchange de práctica que se mantiene en ejecución con `practice-server`)
keys-about-list = Lista las cuentas guardadas (nunca sus claves)
keys-help-json = Un arreglo JSON en lugar de líneas
keys-about-delete = Elimina una cuenta y quita su clave del llavero
# Help of the NAME given to `keys delete`.
keys-help-delete-name = El nombre de la cuenta

keys-practice-needs-no-key = La cuenta de práctica no necesita clave: usa --practice. (Para un exchange de práctica que se mantiene en ejecución con `practice-server`, indica su --base-url.)
# $reason: why, in a sentence.
keys-nothing-saved = No se guardó nada. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = Se guardó "{ $name }" ({ $environment }): la clave está en el llavero de esta computadora. Úsala con --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = Clave API (oculta):
keys-prompt-secret = Clave secreta (oculta):
keys-two-lines-needed = No se guardó nada: indica la clave API en la primera línea y la clave secreta en la segunda.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = No se guardó nada: en Windows, esta terminal también leería lo que escribes y la clave secreta podría quedar en su historial. Agrega la clave en la ventana de la app (Cuentas) o envía la clave API y la clave secreta por la entrada estándar, una por línea.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = clave en el llavero
keys-state-missing = falta la clave: agrégala de nuevo
keys-state-keyring-unavailable = llavero no disponible
# Keep the command to copy as it is.
keys-no-accounts = Aún no hay cuentas. Agrega una con: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = No hay ninguna cuenta llamada "{ $name }".
# $error: the system's reason.
keys-key-not-removed = No se pudo eliminar la clave: { $error }
# $name: the account's name.
keys-deleted = Se eliminó "{ $name }" y se quitó su clave del llavero.

## The window's background work.

worker-account-not-open = Esta cuenta aún no está abierta; espera un momento e inténtalo de nuevo.
worker-account-not-open-nothing-sent = Esta cuenta aún no está abierta; no se envió nada. Espera un momento e inténtalo de nuevo.
# $error: why the history file cannot be written.
worker-history-unwritable = No se envió nada: no se puede escribir en el historial ({ $error }), y ninguna respuesta sale sin quedar registrada.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Solicitud de cancelación · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } de { $seller }: { $left } para responder (orden { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = El plazo está por vencer · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Responde pronto a la solicitud de cancelación de { $seller } ({ $amount } { $currency }, orden { $order }): { $left } para responder.
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = muy poco tiempo
# Button on a notification: opens the app at the order.
alert-action-open = Abrir

## File dialogs.

dialog-proof-files-title = Elegir archivos de comprobante
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Fotos, PDF, videos
dialog-export-history-title = Exportar el historial como CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Idioma
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Igual que el sistema ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Tamaño del texto: Ctrl y + para agrandar, Ctrl y − para reducir, Ctrl y 0 para restablecer (Cmd en Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Idioma de los mensajes: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN o fr (de forma predeterminada, el del sistema: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = No se pudo abrir la ventana: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = La app ya está abierta, pero no respondió: { $error }. Ciérrala desde su ícono en la bandeja (o finalízala en el Administrador de tareas) y vuelve a abrirla.
