# P2P Cancel Review — Ukrainian (Українська). Translated from the English reference file.
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = Скасування ордерів P2P
# The language's own name, in the language picker (Settings).
language-name = Українська
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Запити на скасування Bybit P2P
desktop-comment = Відповідь продавцю Bybit P2P, який просить скасувати ваш ордер на купівлю
desktop-keywords = Bybit;P2P;криптовалюта;скасування;ордер;
desktop-action-practice = Тренувальний режим (без ключа й справжніх грошей)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit відхилив поле запиту: { $message }. Перевірте номер ордера, причину та докази. (Код Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = Годинник вашого комп’ютера поспішає на { $seconds } с відносно Bybit, тому Bybit відхилив запит. Увімкніть автоматичне встановлення часу в налаштуваннях системи та спробуйте ще раз. (Код Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = Годинник вашого комп’ютера відстає на { $seconds } с від Bybit, тому Bybit відхилив запит. Увімкніть автоматичне встановлення часу в налаштуваннях системи та спробуйте ще раз. (Код Bybit { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = Час на вашому комп’ютері не збігається з часом Bybit, тому Bybit відхилив запит. Увімкніть автоматичне встановлення часу в налаштуваннях системи та спробуйте ще раз. (Код Bybit { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit не розпізнає цей API-ключ. Перевірте ключ і те, чи створено його для цього середовища: ключ для mainnet не працює в testnet, і навпаки. (Код Bybit { $code }: { $message })
error-api-10004 = Підпис не збігся — отже, секретний ключ API неправильний. Введіть секретний ключ ще раз або створіть новий API-ключ на Bybit. (Код Bybit { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = Цей API-ключ не має права керувати P2P-ордерами. На Bybit змініть ключ і позначте дозвіл на P2P-ордери (FiatP2P). (Код Bybit { $code }: { $message })
error-api-10006 = Забагато запитів із цього акаунта за короткий час. Зачекайте кілька секунд і спробуйте ще раз. (Код Bybit { $code }: { $message })
error-api-10010 = Цей API-ключ працює лише з інших IP-адрес. На Bybit додайте до ключа IP-адресу цього комп’ютера або зніміть обмеження за IP. (Код Bybit { $code }: { $message })
error-api-10016 = Внутрішня помилка Bybit. Спробуйте ще раз за хвилину. (Код Bybit { $code }: { $message })
error-api-10017 = Bybit не знає такого запиту. Перевірте, чи середовище або адреса справді є API-хостом Bybit. (Код Bybit { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Цьому акаунту Bybit не дозволено використовувати P2P API: Bybit дозволяє це лише рекламодавцям P2P зі статусом General Advertiser. Подайте заявку на статус рекламодавця на сторінці P2P Bybit. (Код Bybit { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit відхилив запит: { $message }. (Код Bybit { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = Не вдалося розібрати відповідь Bybit (HTTP { $status }), тому результат невідомий. Початок відповіді: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = Не вдалося з’єднатися з { $host }; нічого не надіслано. Перевірте підключення до інтернету та спробуйте ще раз. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Bybit не відповів протягом { $seconds } с, тому результат невідомий.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = Завантаження зупинилося: { $seconds } с нічого не передавалося, надіслано { $reached }. Перевірте підключення до інтернету та спробуйте ще раз.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } з { $total } МБ
# $detail: the system's technical reason.
error-connection-lost = З’єднання з Bybit обірвалося до отримання відповіді, тому результат невідомий. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Цей комп’ютер не може встановлювати захищені з’єднання: { $detail }. У Linux установіть пакет ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = Bybit відхилив облікові дані (HTTP 401). Перевірте API-ключ і секретний ключ.
http-403 = Bybit заблокував запити з цієї IP-адреси (HTTP 403). Або запитів було забагато (зачекайте щонайменше 10 хвилин, перш ніж пробувати знову), або Bybit не обслуговує країну, з якої підключається цей комп’ютер.
http-404 = Bybit не знає такої адреси (HTTP 404). Перевірте середовище або базову URL-адресу.
http-429 = Bybit зараз обмежує трафік (HTTP 429). Спробуйте ще раз за хвилину.
# $status: an HTTP status from 500 to 599.
http-server-problem = Проблема на сервері Bybit (HTTP { $status }). Спробуйте ще раз за кілька хвилин.
# $status: any other HTTP status.
http-other = Bybit відповів кодом HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } Початок відповіді: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Тренування
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Нідерланди
env-hong-kong = Гонконг
env-turkey = Туреччина
env-kazakhstan = Казахстан
env-georgia = Грузія
env-uae = ОАЕ
env-indonesia = Індонезія
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = невідоме середовище «{ $name }»; використайте одне з: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = «{ $url }» — не вебадреса; пишіть так: https://api.bybit.com
env-url-not-https = Адреса «{ $url }» не зашифрована: дозволено лише адреси https:// (звичайні http:// — лише на цьому комп’ютері, 127.0.0.1 або localhost)
env-url-has-extras = Адреса «{ $url }» має містити лише хост (як-от https://api.bybit.com), без шляху, параметрів запиту чи пароля

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = очікує підтвердження в блокчейні
status-waiting-payment = очікує оплати від покупця
status-waiting-release = очікує, поки продавець випустить монети
status-under-appeal = розглядається апеляція
status-cancelled = скасовано
status-finished = завершено
status-payment-in-progress = триває оплата
status-payment-failed = оплата не вдалася
status-cancelled-exception = скасовано (виняткова ситуація)
status-waiting-token-choice = очікує, поки покупець вибере токен
status-objection-in-progress = розглядається заперечення
status-waiting-objection = очікує заперечення
status-unknown = у невідомому стані
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = тип оплати { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = Для цього акаунта не збережено API-ключа. Додайте його знову в розділі «Акаунти».
keyring-not-kept = Сховище ключів не зберегло ключ: під час перевірки з нього прочитано щось інше. Спробуйте ще раз або використайте ключ лише для цього сеансу.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = Помилка сховища ключів: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = збережений ключ пошкоджено; додайте його знову
# $detail: the system's own words.
keyring-locked = Сховище ключів відмовило в доступі ({ $detail }). Розблокуйте його (у Linux — ваше сховище ключів для входу, login keyring) і спробуйте ще раз.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = На цьому комп’ютері не запущено службу сховища ключів, тому ключ не можна зберегти безпечно. У Linux установіть GNOME Keyring (пакет Debian/Ubuntu gnome-keyring) або KWallet, вийдіть із системи й увійдіть знову, а потім додайте ключ. Доти можна використовувати ключ лише для цього сеансу: він зберігається в пам’яті й забувається, коли програму закрито.
# $detail: the system's own words.
keyring-macos-unavailable = Не вдалося відкрити «Зв’язку ключів» macOS: { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Не вдалося відкрити диспетчер облікових даних Windows: { $detail }
keyring-unsupported-system = У цій системі немає підтримуваного сховища ключів.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Тренувальний акаунт
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = Не вдалося прочитати файл акаунтів { $path }: { $reason }
# $reason: the system's own words.
account-file-unsaved = Не вдалося зберегти файл акаунтів: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Дайте акаунту назву, наприклад «Основний» або «Магазин 2».
# $max: the longest name allowed, in characters.
account-name-too-long = { $max ->
    [one] Назва довша за { $max } символ.
    [few] Назва довша за { $max } символи.
    [many] Назва довша за { $max } символів.
   *[other] Назва довша за { $max } символу.
}
account-name-invisible = Назва містить невидимі символи.
# $name: the name the merchant typed.
account-name-taken = Акаунт із назвою «{ $name }» уже існує.

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Час сервера
check-step-api-key = API-ключ
check-step-p2p-account = P2P-акаунт
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Не вдалося отримати час сервера Bybit. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = Не вдалося перевірити ключ. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Підключено до P2P-акаунта «{ $nickname }» (користувач { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = Годинник цього комп’ютера поспішає на { $seconds } с відносно Bybit. Bybit відхиляє запити, якщо годинник поспішає; ця програма це враховує, інші інструменти — ні.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = Годинник цього комп’ютера відстає на { $seconds } с від Bybit. Ця програма це враховує.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = Годинник цього комп’ютера збігається з годинником Bybit (розбіжність до { $seconds } с).
check-clock-advice = Увімкніть автоматичне встановлення дати й часу в налаштуваннях системи.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = Ключ лише для читання: ним можна переглядати ордери, але не можна відповісти на запит на скасування.
check-key-read-only-advice = Створіть новий ключ із доступом для читання й запису.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = читання й запис
# A fact in the list.
check-key-p2p-permission = дозвіл на P2P-ордери є
check-key-no-p2p-permission = Ключ не має дозволу на P2P-ордери.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = На Bybit змініть ключ і позначте дозвіл на P2P-ордери (FiatP2P).
# A fact in the list.
check-key-any-ip = працює з будь-якої IP-адреси
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = працює лише з { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = термін дії минув { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = діє до { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = Ключ працює: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Створіть новий ключ, доки цей не втратив чинності, і додайте його тут знову.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Погодитися на скасування
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Відхилити скасування

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = Оплату вже здійснено
reason-have-not-received-full-refund = Повне повернення коштів не отримано
# "Some other reason".
reason-others = Інше
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = «{ $value }» — не та причина, яку приймає Bybit; використайте have-made-payment, have-not-received-full-refund або others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Введіть номер ордера.
review-order-id-not-digits = Номер ордера складається лише з цифр (наприклад, 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = Номер ордера має щонайбільше { $max } { $max ->
        [one] цифру
        [few] цифри
        [many] цифр
       *[other] цифри
    }; у цьому — { $count }.
review-proof-link-empty = Посилання на доказ порожнє.
# $max: the most characters a link may have.
review-proof-link-too-long = Посилання на доказ довше за { $max } { $max ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символу
    }.
# $link: the link as typed (a URL).
review-proof-link-comma = Посилання на доказ { $link } містить кому, а Bybit розділяє докази комами.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = Посилання на доказ { $link } містить пробіли або невидимі символи.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = Посилання на доказ { $link } має починатися з https:// або http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = Примітка містить { $count } { $count ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символу
    }; максимум — { $max }.
review-remark-control-characters = Примітка містить невидимі керувальні символи.
review-decision-missing = Виберіть: погодитися на скасування чи відхилити його.
review-reason-missing = Виберіть, чому ви відхиляєте скасування.
review-proofs-missing = Додайте принаймні один доказ: знімок екрана, PDF або посилання.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = Можна надіслати щонайбільше { $max } { $max ->
        [one] доказ
        [few] докази
        [many] доказів
       *[other] доказу
    }; приберіть зайві ({ $extra }).

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = Зображення JPEG
proof-kind-png = Зображення PNG
proof-kind-pdf = Документ PDF
proof-kind-mp4 = Відео MP4
# $name: the file's name or path.
proof-file-not-found = Файл доказу { $name }: такого файлу немає.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Файл доказу { $name }: це { $what ->
        [folder] папка
        [pipe] канал (pipe)
        [socket] сокет
        [device] пристрій
       *[other] щось інше
    }, а не звичайний файл. Виберіть фото, PDF або відео.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Файл доказу { $name }: його не вдається прочитати ({ $reason }).
proof-file-empty = Файл доказу { $name }: файл порожній.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Файл доказу { $name }: { $size } МБ — це забагато; максимум — { $limit } МБ. Надішліть менше фото або коротше відео.
# The extensions are literal.
proof-file-wrong-extension = Файл доказу { $name }: приймаються лише файли .jpg, .jpeg, .png, .pdf і .mp4.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Файл доказу { $name }: за назвою це { $claimed ->
        [jpeg] зображення JPEG
        [png] зображення PNG
        [pdf] документ PDF
       *[mp4] відео MP4
    }, але за вмістом — { $found ->
        [jpeg] зображення JPEG
        [png] зображення PNG
        [pdf] документ PDF
        [mp4] відео MP4
       *[other] щось інше
    }. Експортуйте його ще раз у правильному форматі.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Завантаження доказу { $index } з { $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, залишилося близько { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Надсилання відповіді…
submit-checking = Від Bybit немає чіткої відповіді: перевіряємо ордер, щоб дізнатися, чи дійшла відповідь…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit просить зменшити частоту запитів; повторне надсилання через { $seconds } с…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Нічого не надіслано: не вдалося записати історію, а жодна відповідь не надсилається без запису. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = Для ордера { $order } нічого не надіслано: { $error }
# $name: the proof file's name.
submit-report-upload-failed = Для ордера { $order } нічого не надіслано: не вдалося завантажити доказ { $name }. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Нічого не надіслано: ви зупинили завантаження { $name }, коли було надіслано { $reached }. Ордер { $order } досі чекає на вашу відповідь.
submit-report-not-applied = Вашу відповідь щодо ордера { $order } не застосовано. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } Потім програма перевірила ордер { $order }: він досі чекає на вашу відповідь, тож вашу відповідь не застосовано. Її можна безпечно надіслати ще раз.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } Потім програма перевірила ордер { $order }: він більше не чекає на вашу відповідь (зараз: { $status }), тож вашу відповідь застосовано — це підтверджено перевіркою ордера.
# $check: why reading the order failed.
submit-report-check-failed = { $error } Потім програма спробувала перевірити ордер { $order }, щоб це з’ясувати, але не змогла ({ $check }). Відкрийте ордер на Bybit, перш ніж надсилати знову.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Готово: ви погодилися на скасування ордера { $order }, про яке просив продавець ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Готово: ви відхилили запит продавця на скасування ордера { $order } ({ $environment }), причина «{ $reason }», { $count ->
        [one] додано { $count } доказ
        [few] додано { $count } докази
        [many] додано { $count } доказів
       *[other] додано { $count } доказу
    }.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = Не вдалося відкрити файл історії { $path }: { $error }
submit-history-unusable = Не вдалося прочитати або записати історію: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = Не вдалося створити папку { $path }: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = файл історії пошкоджено: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = Не вдалося прочитати файл історії ({ $error }). Його збережено окремо як { $path } і розпочато нову історію; ваші попередні записи — у тому файлі.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = невідомо — перевірте ордер
outcome-accepted = прийнято
outcome-refused = відхилено
outcome-not-sent = не надіслано
outcome-unknown = невідомо

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = час
csv-column-environment = середовище
csv-column-account = акаунт
csv-column-order = ордер
csv-column-decision = рішення
csv-column-reason = причина
csv-column-proofs = докази
csv-column-remark = примітка
csv-column-outcome = результат
csv-column-code = код
csv-column-message = повідомлення
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = затримка_мс
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = перевірка
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = Не вдалося записати файл: { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } с
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } хв { $seconds } с
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } год { $minutes } хв
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } хв
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = невідомий час

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Без збоїв
trouble-late-answer = Bybit виконує дію, але відповідає надто пізно
trouble-dropped-connection = З’єднання обривається після дії Bybit
trouble-server-error = Bybit видає помилку сервера (дію не виконано)
trouble-web-page = Bybit виконує дію, але відповідає вебсторінкою
trouble-garbled-answer = Bybit виконує дію, але відповідь спотворена
# 3 s: three seconds.
trouble-clock-behind = Годинник Bybit відстає на 3 с від годинника цього комп’ютера
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit один раз відповідає «забагато запитів»
trouble-ip-blocked = Bybit блокує цю IP-адресу (HTTP 403)
trouble-not-an-advertiser = Акаунт не є рекламодавцем P2P
trouble-slow-upload = Файли завантажуються повільно (1 Мбіт/с, звичайне домашнє підключення)
trouble-stalled-upload = Завантаження файлу зупиняється на півдорозі

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Відповідь на запит продавця на скасування
# Under the heading.
form-intro = Вкажіть ордер і свою відповідь. Перед надсиланням ви ще раз побачите все, що буде надіслано.
# Label of the order number field.
form-order-number = Номер ордера
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Вставте зі сторінки ордера, напр. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Ваша відповідь
# Small text under the "Accept the cancellation" button.
form-accept-explanation = Ордер буде скасовано, а криптовалюта залишиться в продавця. Виберіть це, лише якщо гроші вже повернулися до вас або ви не платили.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = Ордер залишиться відкритим. Виберіть це, якщо ви заплатили; вкажіть причину й додайте доказ.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Ви позначили цей ордер як оплачений: { $amount } { $currency } продавцю { $seller }. Якщо погодитися, ордер буде скасовано, а { $token } залишиться в продавця. Погоджуйтеся, лише якщо { $amount } { $currency } знову на вашому рахунку.
# The same when the order's details are not known (yet).
guard-paid-unknown = Якщо ви позначили цей ордер як оплачений, то в разі згоди його буде скасовано, а криптовалюта залишиться в продавця. Погоджуйтеся, лише якщо ваші гроші знову на вашому рахунку.
# The same for an order in another status. $status: the status in words.
guard-other-status = Статус цього ордера: «{ $status }». Якщо погодитися на запит продавця, ордер буде скасовано.
# The box to tick before an Accept can be sent.
guard-refund-received = { $amount } { $currency } знову на моєму рахунку, або цю суму взагалі не було надіслано
guard-refund-received-unknown = Мої гроші знову на моєму рахунку, або їх взагалі не було надіслано
# Beside the disabled send button.
guard-tick-first = Щоб погодитися, спершу поставте позначку вище.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Перш ніж відповісти
# $days: the account's age in days.
warning-young-account = { $days ->
    [one] Будьте обережні: акаунту цього продавця лише { $days } день.
    [few] Будьте обережні: акаунту цього продавця лише { $days } дні.
    [many] Будьте обережні: акаунту цього продавця лише { $days } днів.
   *[other] Будьте обережні: акаунту цього продавця лише { $days } дня.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Будьте обережні: у цього продавця на Bybit ще немає жодного завершеного ордера.
    [one] Будьте обережні: у цього продавця на Bybit лише { $count } завершений ордер.
    [few] Будьте обережні: у цього продавця на Bybit лише { $count } завершені ордери.
    [many] Будьте обережні: у цього продавця на Bybit лише { $count } завершених ордерів.
   *[other] Будьте обережні: у цього продавця на Bybit лише { $count } завершеного ордера.
}
# $percent: a whole number (62).
warning-low-completion = Будьте обережні: за останні 30 днів у цього продавця завершено лише { $percent } % ордерів.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Будьте обережні: продавець просить вас спершу скасувати ордер і обіцяє повернути гроші («{ $words }»). Щойно ордер скасовано, криптовалюта залишається в продавця, і ніщо не зобов’язує його повернути вам кошти.
warning-system-error = Будьте обережні: продавець говорить про системну помилку або невдалий платіж («{ $words }»). Перевірте свій банківський рахунок самі; оплачений ордер не скасовують через помилку.
warning-off-platform = Будьте обережні: продавець хоче спілкуватися поза Bybit («{ $words }»). Залишайтеся в чаті ордера: саме його бачить підтримка Bybit, якщо ви подасте апеляцію.
# Label of the drop-down list of reasons for refusing.
form-reason = Причина
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Виберіть причину…
# Label of the remark field (free text sent with a refusal).
form-remark = Примітка (необов’язково)
# Placeholder inside the empty remark field.
form-remark-hint = Усе, що мають знати продавець і підтримка Bybit, будь-якою мовою.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $max ->
    [one] { $count } / { $max } символ
    [few] { $count } / { $max } символи
    [many] { $count } / { $max } символів
   *[other] { $count } / { $max } символу
}
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Підготовка…
# Button while proof files upload.
form-stop-upload = Скасувати завантаження
form-stop-upload-tooltip = Зупиняє завантаження. Вашу відповідь не буде надіслано, і ордер і далі чекатиме на неї.
# Button: opens the confirmation dialog.
form-review-and-send = Перевірити й надіслати…
# Beside the send button while the account is still connecting.
form-account-not-open = Акаунт ще не відкрито.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Перед надсиланням:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = Годинник цього комп’ютера поспішає на { $seconds } с відносно Bybit. Програма це враховує, але ввімкніть автоматичне встановлення дати й часу в налаштуваннях системи: Bybit відхиляє запити, якщо годинник поспішає.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = Годинник цього комп’ютера відстає на { $seconds } с від Bybit. Програма це враховує, але ввімкніть автоматичне встановлення дати й часу в налаштуваннях системи: Bybit відхиляє запити, якщо годинник поспішає.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Відповідь прийнято
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Відповідь застосовано (підтверджено перевіркою ордера)
form-result-refused = Bybit відхилив відповідь
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Вашу відповідь не застосовано
form-result-not-sent = Нічого не надіслано
form-result-unknown = Результат невідомий: перевірте ордер на Bybit
# Button.
form-send-again = Надіслати ще раз
# Button: clears the form for the next order.
form-answer-another = Відповісти на інший ордер
# Button: opens the History tab.
form-see-in-history = Переглянути в історії

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Докази
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Знімки екрана оплати, банківські виписки (.jpg, .png, .pdf) або коротке відео (.mp4), до { $megabytes } МБ кожен файл; або посилання. Щонайбільше { $max }.
# Under the proof heading: what appeals value most.
proofs-video-advice = В апеляціях Bybit найбільшу вагу має запис екрана (.mp4), наприклад запис банківського застосунку, де видно оплату.
# Button: opens a file dialog.
proofs-add-files = Додати файли…
# Beside the "Add files…" button.
proofs-drop-hint = або перетягніть файли в будь-яке місце цього вікна
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Перевірка файлів…
# Label of the field where links are pasted.
proofs-links = Посилання
# Placeholder inside the empty links field.
proofs-links-hint = Вставте одне чи кілька посилань: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Додати посилання
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = ЗОБР
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = URL
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Посилання
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Прибрати
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Прибрати { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } КБ
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } МБ

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Надіслати цю відповідь?
# Warning at the top of the dialog.
confirm-cannot-undo = Цю відповідь не можна буде змінити чи відкликати: щойно Bybit її отримає, вона остаточна.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Середовище
confirm-account = Акаунт
confirm-order = Ордер
confirm-decision = Рішення
confirm-reason = Причина
confirm-proofs = Докази
confirm-remark = Примітка
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (файл, буде завантажено спершу)
# The "Remark" row when no remark was written.
confirm-remark-none = (немає)
# Button: sends the answer.
confirm-send-now = Надіслати зараз
# Button: closes the dialog without sending.
confirm-go-back = Назад
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter — надіслати · Esc — назад

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Деталі ордера
# Shown when no order is chosen yet.
details-empty = Виберіть ордер ліворуч або введіть його номер, щоб побачити тут деталі.
# Beside a spinner while the order is being read from Bybit.
details-loading = Завантаження ордера…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = Продавець просить скасувати ордер
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = «{ $reason }»
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = Залишилося { $time } на відповідь
details-no-request = Для цього ордера немає запиту на скасування, що чекає на вашу відповідь.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Ви купуєте
details-you-sell = Ви продаєте
# Row name: the other side of the order (their nickname beside it).
details-seller = Продавець
details-buyer = Покупець
details-amount = Сума
details-price = Ціна
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } за { $token }
details-status = Статус
# Row name: when the order was created (a date and time beside it).
details-created = Створено
# Row name: the payment methods of the order.
details-payment = Оплата
# The seller's record, in the order's details.
record-heading = Продавець
record-account-age = Вік акаунта
# $days: whole days.
record-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
record-finished = Завершені ордери
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } за 30 днів)
record-completion = Завершено (30 днів)
# $percent: a number (98.6).
record-percent = { $percent } %
record-ratings = Оцінки
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent } % позитивних (позитивних: { $good }, негативних: { $bad })
record-presence = Активність
record-online = зараз у мережі
# $time: a date and time.
record-last-seen = востаннє в мережі { $time }
record-not-said = не вказано
record-history = Попередні запити
record-history-none = раніше від цього продавця не було
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = раніше: { $count }; погоджено: { $accepted }, відхилено: { $refused }
# $error: why, in full sentences.
record-unreadable = Не вдалося отримати дані про продавця. { $error }
# The order's chat, in the details.
chat-heading = Чат із продавцем
chat-loading = Завантаження чату…
# $error: why, in full sentences.
chat-unreadable = Не вдалося отримати чат; усе інше працює. { $error }
chat-empty = У цьому чаті немає повідомлень.
chat-earlier = Показати попередні повідомлення
chat-you = Ви
# A file in the chat. $name: its file name.
chat-picture = Зображення: { $name }
chat-pdf = PDF: { $name }
chat-video = Відео: { $name }
chat-unknown = (тип повідомлення, який ця програма не може показати)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Використати як доказ
chat-used-as-proof = Додано до доказів

## The welcome screen (first run, no account yet).

welcome-heading = Відповідь на запит продавця на скасування
welcome-intro = Коли продавець на Bybit P2P просить скасувати ваш ордер на купівлю, ви погоджуєтеся або відхиляєте запит. Ця програма надсилає вашу відповідь разом із доказами в кілька кліків.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Додати мій API-ключ Bybit
# Under the "Add my Bybit API key" button.
welcome-key-note = Ваш ключ зберігається у сховищі ключів цього комп’ютера, а не у файлі.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Спробувати тренувальний режим
# Under the "Try practice mode" button.
welcome-practice-note = Імітація біржі на цьому комп’ютері зі зразками ордерів. Без ключа й без справжніх грошей.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Відкриття акаунта…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Не підключено
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Перевірити з’єднання
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Вийти
# Button: opens the About dialog.
top-about = Про програму
# Button: opens the Accounts dialog.
top-accounts = Акаунти…
# Button: opens the Settings dialog.
top-settings = Налаштування…
# Label of the account picker in the top bar.
top-account = Акаунт
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Відповісти на запит
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = { $count ->
    [one] Відповісти на запит ({ $count } новий)
    [few] Відповісти на запит ({ $count } нові)
    [many] Відповісти на запит ({ $count } нових)
   *[other] Відповісти на запит ({ $count } нового)
}
# Tab: the history of answers sent, before it has been read.
top-tab-history = Історія
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = Історія ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = ТРЕНУВАННЯ · без справжніх грошей
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · тестові кошти
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · СПРАВЖНІ ГРОШІ

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Чекають на вашу відповідь
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count ->
    [one] { $count } новий
    [few] { $count } нові
    [many] { $count } нових
   *[other] { $count } нового
}
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = НОВИЙ
# Button: reads every watched account now.
orders-refresh = Оновити
# Shown beside a spinner while the accounts are being read.
orders-checking = Перевірка…
# Shown when the merchant paused the watching.
orders-watching-paused = Відстеження призупинено
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit поки що не приймає запити з цього комп’ютера
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit відповів «403 Forbidden»: або з цієї інтернет-адреси надійшло забагато запитів (рахуються й інші програми чи комп’ютери, що користуються тим самим підключенням), або Bybit не обслуговує країну, з якої ви підключаєтеся. Усі акаунти на { $host } призупинено до { $time }, потім їх буде перевірено знову автоматично.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count ->
    [one] Не вдалося отримати { $count } ордер акаунта { $account }: можливо, він чекає на вашу відповідь. Спроба повториться за кілька секунд.
    [few] Не вдалося отримати { $count } ордери акаунта { $account }: можливо, один із них чекає на вашу відповідь. Спроба повториться за кілька секунд.
    [many] Не вдалося отримати { $count } ордерів акаунта { $account }: можливо, один із них чекає на вашу відповідь. Спроба повториться за кілька секунд.
   *[other] Не вдалося отримати { $count } ордера акаунта { $account }: можливо, один із них чекає на вашу відповідь. Спроба повториться за кілька секунд.
}
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Ордер { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = перевірено о { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Перевіряти
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = кожні { $count } с
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = { $count ->
    [1] щохвилини
    [one] кожну { $count } хвилину
    [few] кожні { $count } хвилини
    [many] кожні { $count } хвилин
   *[other] кожні { $count } хвилини
}
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = якомога частіше
# Button: pauses the watching.
orders-pause = Призупинити
# Button: resumes the watching.
orders-resume = Відновити
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: не вдалося перевірити.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Ордери нижче — з останньої успішної перевірки.
# Button: reads the accounts again.
orders-try-again = Спробувати ще раз
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Перевірити { $account } ще раз
# Shown when no cancel request waits.
orders-empty = Немає запитів, що чекають на вашу відповідь.
orders-empty-hint = Коли продавець попросить скасувати один із ваших ордерів, запит з’явиться тут.
# Shown before the first list has arrived.
orders-looking = Пошук запитів на скасування…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Тренування: імітувати збій
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = створено о { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = залишилося { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Ордер { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Ордер { $order } { $amount } { $currency }, акаунт { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Завантаження історії…
# The history is empty for the filter chosen.
history-empty-filtered = Немає відповідей за цим фільтром.
# The history is empty.
history-empty = Ще не надіслано жодної відповіді.
history-empty-hint = Кожна відповідь, яку ви надсилаєте з цього вікна чи з командного рядка, з’являється тут.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Час
history-column-environment = Середовище
history-column-account = Акаунт
history-column-order = Ордер
history-column-decision = Рішення
history-column-reason = Причина
history-column-proofs = Докази
history-column-outcome = Результат
history-column-latency = Затримка
# Filter label: an order number.
history-filter-order = Ордер
# Hint in the empty order-number filter.
history-filter-order-hint = будь-який ордер
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Результат
# Filter choice: every outcome.
history-filter-all = Усі
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = Експорт CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = погодитися
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = відхилити
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } мс
# Button at the end of each row: shows the answer in full.
history-details = Деталі
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Ордер { $order }
# Row names of that dialog.
history-entry-time = Час
history-entry-environment = Середовище
history-entry-account = Акаунт
history-entry-decision = Рішення
history-entry-reason = Причина
history-entry-proofs = Докази
# The merchant's remark to the seller.
history-entry-remark = Примітка
history-entry-outcome = Результат
# Bybit's answer code (a number).
history-entry-bybit-code = Код Bybit
# Bybit's message (shown as received).
history-entry-message = Повідомлення
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Перевірено згодом
history-entry-latency = Затримка
# Button: closes the dialog.
history-entry-close = Закрити

## Settings

# Heading of the Settings dialog.
settings-title = Налаштування
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Очікування відповіді Bybit
# Label of the slider of that section.
settings-answer-timeout-seconds = Секунди
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}с
settings-answer-timeout-explained = Якщо за цей час відповіді немає, програма перевіряє ордер, щоб з’ясувати, чи дійшла ваша відповідь, і ніколи не надсилає її повторно сама. На повільному з’єднанні завантаження файлу доказу може тривати кілька хвилин: воно зупиняється, лише якщо стільки часу нічого не передається.
# Section: how often to read the accounts.
settings-watch = Пошук запитів на скасування
settings-watch-explained = Програма стежить за кожним акаунтом, навіть коли це вікно згорнуто або закрито в трей. Сповіщення повідомить про кожен новий запит і ще раз, коли залишиться 3 хвилини.
# Checkbox.
settings-alert-sound = Відтворювати звук із кожним сповіщенням
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Запускати у треї під час входу в систему
# Section: help from support.
settings-support = Підтримка
# Button: copies a report for support.
settings-copy-diagnostics = Копіювати діагностику
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = для повідомлення в підтримку: версії, налаштування, останні рядки журналу; ніколи — ключ чи секретний ключ.
# $path: a folder.
settings-logs-folder = Журнали зберігаються в { $path }
# Button: closes the dialog.
settings-close = Закрити
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = Про програму «{ $app }»…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Версія { $version } для { $os } ({ $arch })
about-licence = Вільне програмне забезпечення за ліцензією MIT: вільно використовуйте, копіюйте й поширюйте його.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Текст ліцензії
# Button.
about-open-data-folder = Відкрити папку даних
# Button.
about-open-logs-folder = Відкрити папку журналів
about-data-folder-explained = У папці даних зберігаються історія, назви акаунтів і налаштування. API-ключів там ніколи немає: вони залишаються в системному сховищі ключів.
# Button: closes the dialog.
about-close = Закрити

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Перевірка з’єднання: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Перевірка годинника, ключа та P2P-акаунта…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: OK
check-dialog-step-warning = { $step }: попередження
check-dialog-step-problem = { $step }: проблема
# $advice: a sentence saying what to do.
check-dialog-advice = Що робити: { $advice }
# Button: closes the dialog.
check-dialog-close = Закрити

## Accounts

# Heading of the Accounts dialog.
accounts-title = Акаунти
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Так, видалити { $account }
# Button: does not delete the account.
accounts-keep = Залишити
# Button. $account: the account's name.
accounts-delete = Видалити { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Перевірити { $account }
# Section: adding an API key.
accounts-add = Додати акаунт
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = На Bybit відкрийте Акаунт > Керування API > Створити новий ключ, виберіть «Згенерований системою» і позначте дозвіл на P2P-ордери.
# Field label: the account's name, chosen by the merchant.
accounts-name = Назва
# Example name in the empty field.
accounts-name-hint = Основний магазин
# Field label: which Bybit site the key was made on.
accounts-environment = Середовище
# The environment field before a choice.
accounts-environment-choose = Виберіть…
accounts-api-key = API-ключ
accounts-api-secret = Секретний ключ API
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Збереження у сховищі ключів…
# Main button: saves the key in the system keyring.
accounts-save = Зберегти у сховищі ключів
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Використовувати ключ, доки я не закрию програму
# Button: closes the dialog.
accounts-close = Закрити
# Errors of the form.
accounts-choose-environment = Виберіть середовище, для якого створено цей ключ.
accounts-paste-key = Вставте API-ключ.
accounts-paste-secret = Вставте секретний ключ API.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Приховати
notice-busy = Програма зайнята; спробуйте ще раз за мить.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Акаунти доведеться додати знову.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Файли доказів надсилаються лише тоді, коли ви відхиляєте скасування: виберіть «Відхилити скасування», щоб їх використати.
notice-account-not-open = Акаунт ще не відкрито; зачекайте трохи або виберіть інший акаунт.
# $account: the account's name.
notice-key-kept-for-session = { $account }: ключ зберігається, доки ви не закриєте програму, а потім буде забутий.
# $account: the account's name.
notice-key-saved = { $account }: ключ збережено у сховищі ключів цього комп’ютера.
# $account: the account's identifier.
notice-key-removed = Ключ акаунта { $account } вилучено зі сховища ключів.
# $error: the system's reason.
notice-key-not-removed = Не вдалося вилучити ключ зі сховища ключів: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = Файл не вибрано. Якщо вікно вибору файлів не відкрилося, перетягніть файли в це вікно.
# $error: the system's reason.
notice-start-at-login-failed = Не вдалося змінити запуск під час входу в систему: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: Bybit попросив сповільнитися (забагато запитів із цим ключем, можливо, від іншої програми, яка ним користується). Наступні { $minutes } хв цей акаунт перевірятиметься кожні { $seconds } с.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = програму запущено з образу диска. Перетягніть її в папку «Програми», відкрийте звідти й знову ввімкніть цей параметр.
# $error: the system's reason.
notice-settings-not-saved = Не вдалося зберегти налаштування: { $error }
notice-diagnostics-copied = Діагностику скопійовано. Вставте її у своє повідомлення в підтримку: у ній немає ні ключа, ні секретного ключа.
# $count: how many answers were written; $path: the file.
notice-exported = { $count ->
    [one] Експортовано { $count } запис у { $path }
    [few] Експортовано { $count } записи у { $path }
    [many] Експортовано { $count } записів у { $path }
   *[other] Експортовано { $count } запису у { $path }
}
# $error: the reason.
notice-export-failed = Не вдалося експортувати: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = Не вдалося відкрити папку ({ $error }). Її розташування: { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Відпустіть, щоб додати як доказ
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = Програма й далі стежить за запитами на скасування у треї. Щоб вийти, виберіть «Вийти» в її меню.
# Tray menu. $app: the app's name (app-title).
tray-open = Відкрити «{ $app }»
tray-refresh = Оновити зараз
tray-pause = Призупинити відстеження
tray-resume = Відновити відстеження
tray-quit = Вийти
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: немає запитів на скасування, що чекають на вашу відповідь
    [one] { $app }: { $count } запит на скасування чекає на вашу відповідь
    [few] { $app }: { $count } запити на скасування чекають на вашу відповідь
    [many] { $app }: { $count } запитів на скасування чекають на вашу відповідь
   *[other] { $app }: { $count } запиту на скасування чекають на вашу відповідь
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: немає запитів на скасування, що чекають на вашу відповідь (відстеження призупинено)
    [one] { $app }: { $count } запит на скасування чекає на вашу відповідь (відстеження призупинено)
    [few] { $app }: { $count } запити на скасування чекають на вашу відповідь (відстеження призупинено)
    [many] { $app }: { $count } запитів на скасування чекають на вашу відповідь (відстеження призупинено)
   *[other] { $app }: { $count } запиту на скасування чекають на вашу відповідь (відстеження призупинено)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Відповідь продавцю Bybit P2P, який просить скасувати ваш ордер на купівлю: погодитися на скасування або відхилити його з доказами.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Відповідь продавцю Bybit P2P, який просить скасувати ваш ордер на купівлю: погодитися на скасування або відхилити його з доказами.

    Без команди відкриває вікно. Облікові дані для команд беруться з акаунта, збереженого через `keys add` (--profile NAME), або зі змінних середовища BYBIT_API_KEY і BYBIT_API_SECRET; для --practice вони не потрібні.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Код завершення: 0 — біржа прийняла відповідь, 1 — біржа відхилила відповідь, 2 — некоректні вхідні дані (нічого не надіслано), 3 — збій мережі або невідомий результат.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Відкрити вікно в тренувальному режимі: імітація біржі на цьому комп’ютері, API-ключ не потрібен
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Запустити у треї, не показуючи вікна (як під час запуску при вході в систему); якщо трея немає, вікно відкривається як зазвичай
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Відкрити вікно з цим ордером, готовим до відповіді (якщо програму вже відкрито, ордер відкриється в ній)

# The commands, as --help lists them.
cli-about-review = Відповісти продавцю, який просить скасувати ваш ордер на купівлю
cli-about-orders = Показати ваші ордери на купівлю, продавець яких попросив скасування і які чекають на вашу відповідь
cli-about-order = Показати один ордер: суми, продавця, статус, оплату та запит продавця на скасування
cli-about-check = Перевірити з’єднання: годинник порівняно з Bybit, що дозволено ключу, P2P-акаунт
cli-about-watch = Стежити за запитами на скасування, доки не зупините через Ctrl+C: по рядку на кожен новий запит і на кожне попередження, що строк спливає (залишилося 3 хвилини); спершу — про ті, що вже чекають
cli-about-practice-server = Запустити тренувальну біржу на 127.0.0.1, доки не зупините через Ctrl+C
cli-about-keys = Зберегти, показати або видалити API-ключі ваших акаунтів (зберігаються у сховищі ключів ОС)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Середовище Bybit: mainnet (за замовчуванням), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id або practice
cli-help-base-url = Будь-який інший API-хост Bybit (лише https; http — лише на 127.0.0.1 або localhost)
cli-help-practice = Використати вбудовану тренувальну біржу та її тренувальний акаунт (ключ не потрібен)
cli-help-profile = Використати акаунт, збережений через `keys add` (його ключ зі сховища ключів, його середовище). BYBIT_API_KEY і BYBIT_API_SECRET, якщо задані, мають пріоритет
cli-help-timeout = Скільки секунд чекати, поки нічого не відбувається: немає відповіді від Bybit або під час завантаження файлу доказу не передано жодного байта. Великий файл на повільному з’єднанні може завантажуватися кілька хвилин, доки передача триває (від 1 до 300)
cli-help-json = Вивести один об’єкт JSON замість речення

# Flags of `review` (and the order number of `order`).
cli-help-order = Номер ордера (лише цифри)
cli-help-pass = Погодитися на скасування, про яке просить продавець. Надсилає лише ордер і рішення
cli-help-reject = Відхилити запит продавця на скасування; потрібні --reason і щонайменше один --proof або --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Чому ви відхиляєте: have-made-payment, have-not-received-full-refund або others
cli-help-proof = Посилання на доказ (https:// або http://, без ком і пробілів). Повторіть, щоб додати ще
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = Файл доказу, який буде завантажено спершу: .jpg, .jpeg, .png, .pdf або .mp4, щонайбільше { $megabytes } МБ. Повторіть, щоб додати ще
# $characters: the longest remark (500).
cli-help-remark = { $characters ->
        [one] Примітка до відхилення (щонайбільше { $characters } символ)
        [few] Примітка до відхилення (щонайбільше { $characters } символи)
        [many] Примітка до відхилення (щонайбільше { $characters } символів)
       *[other] Примітка до відхилення (щонайбільше { $characters } символу)
    }

# Flags of `watch`.
cli-help-interval = Тривалість циклу в секундах: кожен ордер, позначений як оплачений, перевіряється один раз за цикл. Типове значення 8 — це «якомога частіше»; хоч би яким був цикл, акаунт ніколи не перевіряється частіше ніж 1,5 раза на секунду (від 1 до 3600)
cli-help-all = Стежити за всіма акаунтами, збереженими через `keys add`, кожним зі своїм ключем і лімітом запитів

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Порт на 127.0.0.1 (0 — вибрати вільний)
cli-help-trouble = Імітувати збій, щоб побачити, як програма з ним впорається
cli-help-late-by = З --trouble late-answer: на скільки секунд запізнюється відповідь
cli-help-latency = Додати до кожної відповіді мережеву затримку туди й назад, у мілісекундах (щоб побачити очікування мерчанта, далекого від Bybit; використовується в бенчмарках)
cli-help-second-book = Тримати другий набір зразкових ордерів (інші ордери, інші продавці), щоб тренуватися з двома акаунтами одночасно: збережіть цю біржу як акаунт командою `keys add NAME --env practice --base-url URL`
cli-help-refund-received = З --pass: підтверджує, що гроші, які ви заплатили, знову на вашому рахунку, або що ви їх не надсилали (згода скасовує ордер, а криптовалюта залишається в продавця)
cli-help-paid = Замість зразкових ордерів: стільки ордерів, позначених як оплачені, ще без запиту на скасування (разом із --unpaid — насичений день мерчанта для відстеження)
cli-help-unpaid = З --paid: стільки ордерів, що чекають на вашу оплату
cli-help-new-request-every = Як часто, у секундах, продавець просить скасувати один з ордерів, позначених як оплачені (0: ніколи)

cli-usage = Використання: { $usage }
cli-heading-commands = Команди
cli-heading-arguments = Аргументи
cli-heading-options = Параметри
cli-help-help = Показати довідку
cli-help-version = Показати версію
cli-help-help-command = Показати цю довідку або довідку до вказаної команди
cli-default = типово: { $value }
cli-error = помилка: { $message }
cli-error-missing = обов'язково, але не вказано: { $arguments }
cli-error-unknown-argument = невідомий аргумент: { $argument }
cli-error-unknown-command = невідома команда: { $command }
cli-error-invalid-value = { $value } — неприпустиме значення для { $argument }
cli-error-possible-values = допустимі значення: { $values }
cli-error-conflict = { $argument } не можна використовувати разом з { $other }
cli-error-missing-command = потрібна команда
cli-error-similar = можливо, ви мали на увазі { $suggestion }?
cli-error-more = Докладніше: '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Не вдалося запустити: { $error }
cli-choose-pass-or-reject = Вкажіть --pass, щоб погодитися на скасування, або --reject, щоб відхилити його.
# The history could not be opened. $error: why.
cli-nothing-sent = Нічого не надіслано: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Зверніть увагу: годинник цього комп’ютера поспішає на { $seconds } с відносно Bybit. Програма це врахувала; увімкніть автоматичне встановлення дати й часу в налаштуваннях системи.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Зверніть увагу: годинник цього комп’ютера відстає на { $seconds } с від Bybit. Програма це врахувала; увімкніть автоматичне встановлення дати й часу в налаштуваннях системи.

# practice-server: $url is the exchange's address.
cli-practice-listening = Тренувальна біржа працює за адресою { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Імітація: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Кожна відповідь надходить на { $milliseconds } мс пізніше, як через віддалену мережу.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  Продавець ордера { $order } попросив його скасувати.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = API-ключ: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = Секретний ключ API: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Спробуйте: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Зупинити: Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = Не вдалося запустити тренувальну біржу на порту { $port }: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = Не вдалося запустити тренувальну біржу: { $error }

# $name: what was typed after --profile.
cli-no-account-named = Немає акаунта з назвою «{ $name }». Перегляньте `p2p-cancel-review keys list` або збережіть акаунт через `keys add`.
cli-account-address-invalid = Адреса цього акаунта не є дійсною URL-адресою.
# In the terminal and in the window.
cli-environment-no-address = Це середовище не має адреси.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = ключ із { $variable }
# $name: a saved account's name.
cli-no-key-saved = Для «{ $name }» не збережено ключа. Додайте його знову через `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = Немає API-ключа: використайте --profile NAME (збережений через `keys add`) або задайте { $key_variable } і { $secret_variable }; чи спробуйте --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Не вдалося отримати ваші ордери. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Нічого не надіслано. Згода скасовує ордер, а криптовалюта залишається в продавця: якщо ви заплатили, гроші повернуться до вас, лише якщо їх поверне продавець. Якщо вони вже знову на вашому рахунку або ви їх не надсилали, підтвердьте це через --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Варто знати, перш ніж відповісти:
cli-order-record = Продавець:
cli-order-chat = Останні повідомлення в чаті (спершу найстаріші):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (щоб використати як доказ: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count ->
    [one] Не вдалося отримати { $count } ордер, позначений як оплачений, тож його може не бути в списку вище:
    [few] Не вдалося отримати { $count } ордери, позначені як оплачені, тож їх може не бути в списку вище:
    [many] Не вдалося отримати { $count } ордерів, позначених як оплачені, тож їх може не бути в списку вище:
   *[other] Не вдалося отримати { $count } ордера, позначеного як оплачений, тож їх може не бути в списку вище:
}
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Немає нічого, що чекає на вашу відповідь ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count ->
        [one] { $count } ордер чекає на вашу відповідь ({ $environment }), найтерміновіші спершу:
        [few] { $count } ордери чекають на вашу відповідь ({ $environment }), найтерміновіші спершу:
        [many] { $count } ордерів чекають на вашу відповідь ({ $environment }), найтерміновіші спершу:
       *[other] { $count } ордера чекають на вашу відповідь ({ $environment }), найтерміновіші спершу:
    }
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } за { $quantity } { $token }  продавець { $seller }  створено { $created }  на відповідь залишилося { $left }
# Time left to answer, when not known.
cli-unknown = невідомо
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = невідомий час

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = Не вдалося отримати ордер { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Ордер { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = Ви купуєте { $quantity } { $token } за { $amount } { $currency } за ціною { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = Ви продаєте { $quantity } { $token } за { $amount } { $currency } за ціною { $price }
# $name: the other side's nickname.
cli-order-seller = Продавець: { $name }
# $name: the other side's nickname.
cli-order-buyer = Покупець: { $name }
# $status: the order's status in words.
cli-order-status = Статус: { $status }
# $time: date and time.
cli-order-created = Створено: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Оплата: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = Продавець просить скасувати ордер: «{ $reason }». На відповідь залишилося { $left }.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = Продавець просить скасувати ордер: причину не вказано. На відповідь залишилося { $left }.
cli-order-no-cancel-request = Немає запиту на скасування, що чекає на вашу відповідь.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Перевірка { $account } ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = УВАГА
cli-check-mark-problem = ПРОБЛЕМА
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = Що робити: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Відстеження { $accounts } кожні { $seconds } с: спершу запити, що вже чекають, потім кожен новий. Зупинити: Ctrl+C.
cli-watch-no-accounts = Ще не збережено жодного акаунта: додайте його через `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: не вдалося перевірити. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  новий запит на скасування  { $account }  ордер { $order }  { $amount } { $currency }  продавець { $seller }  на відповідь залишилося { $left }
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  строк спливає  { $account }  ордер { $order }  { $amount } { $currency }  продавець { $seller }  на відповідь залишилося { $left }

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Зберегти API-ключ і секретний ключ акаунта у сховищі ключів ОС. Запитує обидва (секретний ключ не показується); зі скрипта передайте їх через стандартний ввід: ключ у першому рядку, секретний ключ — у другому
# Help of the NAME given to `keys add`.
keys-help-add-name = Назва акаунта для --profile
keys-help-env = Середовище Bybit, для якого створено ключ: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae або id
keys-help-base-url = Надсилати запити цього акаунта на іншу адресу (лише https; http — лише на цьому комп’ютері, наприклад для тренувальної біржі, запущеної через `practice-server`)
keys-about-list = Показати збережені акаунти (без їхніх ключів)
keys-help-json = Один масив JSON замість рядків
keys-about-delete = Видалити акаунт і вилучити його ключ зі сховища ключів
# Help of the NAME given to `keys delete`.
keys-help-delete-name = Назва акаунта

keys-practice-needs-no-key = Тренувальному акаунту ключ не потрібен: використайте --practice. (Для тренувальної біржі, запущеної через `practice-server`, вкажіть її --base-url.)
# $reason: why, in a sentence.
keys-nothing-saved = Нічого не збережено. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = Збережено «{ $name }» ({ $environment }): ключ у сховищі ключів цього комп’ютера. Використовуйте його з --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = API-ключ (не показується):
keys-prompt-secret = Секретний ключ API (не показується):
keys-two-lines-needed = Нічого не збережено: передайте API-ключ у першому рядку, а секретний ключ — у другому.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Нічого не збережено: у Windows цей термінал теж читав би те, що ви вводите, і секретний ключ міг би потрапити в його історію. Додайте ключ у вікні програми («Акаунти») або передайте API-ключ і секретний ключ через стандартний ввід, по одному в рядку.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = ключ у сховищі ключів
keys-state-missing = ключа немає: додайте його знову
keys-state-keyring-unavailable = сховище ключів недоступне
# Keep the command to copy as it is.
keys-no-accounts = Акаунтів ще немає. Додайте акаунт командою: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = Немає акаунта з назвою «{ $name }».
# $error: the system's reason.
keys-key-not-removed = Не вдалося вилучити ключ: { $error }
# $name: the account's name.
keys-deleted = Видалено «{ $name }», його ключ вилучено зі сховища ключів.

## The window's background work.

worker-account-not-open = Цей акаунт ще не відкрито; зачекайте трохи й спробуйте ще раз.
worker-account-not-open-nothing-sent = Цей акаунт ще не відкрито; нічого не надіслано. Зачекайте трохи й спробуйте ще раз.
# $error: why the history file cannot be written.
worker-history-unwritable = Нічого не надіслано: не вдається записати історію ({ $error }), а жодна відповідь не надсилається без запису.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Запит на скасування · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } від { $seller }: на відповідь залишилося { $left } (ордер { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Строк спливає · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Залишилося лише { $left }, щоб відповісти на запит на скасування від { $seller } ({ $amount } { $currency }, ордер { $order }).
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = мало часу
# Button on a notification: opens the app at the order.
alert-action-open = Відкрити

## File dialogs.

dialog-proof-files-title = Виберіть файли доказів
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Фото, PDF, відео
dialog-export-history-title = Експорт історії у CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Мова
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Як у системі ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Розмір тексту: Ctrl і + — збільшити, Ctrl і − — зменшити, Ctrl і 0 — скинути (Cmd на Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Мова повідомлень: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN або fr (за замовчуванням — мова системи: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = Не вдалося відкрити вікно: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = Програму вже відкрито, але вона не відповіла: { $error }. Закрийте її через значок у треї (або завершіть у Диспетчері завдань) і запустіть знову.
