# P2P Cancel Review — Russian (ru). Comments below are the English reference comments, for translators.
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = Отмены ордеров P2P
# The language's own name, in the language picker (Settings).
language-name = Русский
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Запросы на отмену Bybit P2P
desktop-comment = Ответ на запрос продавца Bybit P2P об отмене вашего ордера на покупку
desktop-keywords = Bybit;P2P;криптовалюта;отмена;ордер;
desktop-action-practice = Тренировочный режим (без ключа и реальных денег)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit отклонил одно из полей запроса: { $message }. Проверьте номер ордера, причину и доказательства. (Код Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = Часы вашего компьютера спешат на { $seconds } с относительно часов Bybit, поэтому Bybit отклонил запрос. Включите автоматическую установку времени в настройках системы и повторите попытку. (Код Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = Часы вашего компьютера отстают от часов Bybit на { $seconds } с, поэтому Bybit отклонил запрос. Включите автоматическую установку времени в настройках системы и повторите попытку. (Код Bybit { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = Часы вашего компьютера расходятся с часами Bybit, поэтому Bybit отклонил запрос. Включите автоматическую установку времени в настройках системы и повторите попытку. (Код Bybit { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit не распознаёт этот API-ключ. Проверьте ключ и то, что он создан для этой среды: ключ основной сети (mainnet) не работает в тестовой сети (testnet), и наоборот. (Код Bybit { $code }: { $message })
error-api-10004 = Подпись не совпала — значит, секретный ключ API указан неверно. Введите секретный ключ заново или создайте на Bybit новый API-ключ. (Код Bybit { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = У этого API-ключа нет права управлять P2P-ордерами. На Bybit отредактируйте ключ и отметьте разрешение на P2P-ордера (FiatP2P). (Код Bybit { $code }: { $message })
error-api-10006 = Слишком много запросов с этого аккаунта за короткое время. Подождите несколько секунд и повторите попытку. (Код Bybit { $code }: { $message })
error-api-10010 = Этот API-ключ работает только с других IP-адресов. На Bybit добавьте к ключу IP-адрес этого компьютера или снимите ограничение по IP. (Код Bybit { $code }: { $message })
error-api-10016 = Внутренняя ошибка на стороне Bybit. Повторите попытку через минуту. (Код Bybit { $code }: { $message })
error-api-10017 = Bybit не знает такого запроса. Проверьте, что среда или адрес указывают на API-сервер Bybit. (Код Bybit { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Этому аккаунту Bybit нельзя пользоваться P2P API: Bybit разрешает его только генеральным P2P-рекламодателям (P2P General Advertiser). Подайте заявку на статус рекламодателя на странице P2P Bybit. (Код Bybit { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit отклонил запрос: { $message }. (Код Bybit { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = Не удалось разобрать ответ Bybit (HTTP { $status }), поэтому результат неизвестен. Начало ответа: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = Не удалось связаться с { $host }; ничего не отправлено. Проверьте подключение к интернету и повторите попытку. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Bybit не ответил за { $seconds } с, поэтому результат неизвестен.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = Загрузка остановилась: за { $seconds } с ничего не передалось, отправлено { $reached }. Проверьте подключение к интернету и повторите попытку.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } из { $total } МБ
# $detail: the system's technical reason.
error-connection-lost = Соединение с Bybit оборвалось до получения ответа, поэтому результат неизвестен. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Этот компьютер не может устанавливать защищённые соединения: { $detail }. В Linux установите пакет ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = Bybit не принял учётные данные (HTTP 401). Проверьте API-ключ и секретный ключ.
http-403 = Bybit заблокировал запросы с этого IP-адреса (HTTP 403). Либо запросов было слишком много (подождите не меньше 10 минут, прежде чем пробовать снова), либо Bybit не обслуживает страну, из которой подключается этот компьютер.
http-404 = Bybit не знает такого адреса (HTTP 404). Проверьте среду или базовый URL.
http-429 = Bybit сейчас ограничивает трафик (HTTP 429). Повторите попытку через минуту.
# $status: an HTTP status from 500 to 599.
http-server-problem = Проблема на сервере Bybit (HTTP { $status }). Повторите попытку через несколько минут.
# $status: any other HTTP status.
http-other = Bybit ответил с кодом HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } Начало ответа: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Тренировка
env-testnet = Тестовая сеть
env-mainnet = Основная сеть
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Основная сеть (bytick.com)
env-netherlands = Нидерланды
env-hong-kong = Гонконг
env-turkey = Турция
env-kazakhstan = Казахстан
env-georgia = Грузия
env-uae = ОАЭ
env-indonesia = Индонезия
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = неизвестная среда «{ $name }»; используйте одну из: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = «{ $url }» — не веб-адрес; пишите так: https://api.bybit.com
env-url-not-https = «{ $url }» — незашифрованный адрес: разрешены только адреса https:// (простой http:// — только на этом компьютере, 127.0.0.1 или localhost)
env-url-has-extras = «{ $url }» должен быть только адресом сервера (например, https://api.bybit.com), без пути, параметров запроса и пароля

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = ожидает подтверждения в блокчейне
status-waiting-payment = ожидает оплаты от покупателя
status-waiting-release = ожидает, когда продавец отпустит криптовалюту
status-under-appeal = идёт апелляция
status-cancelled = отменён
status-finished = завершён
status-payment-in-progress = идёт оплата
status-payment-failed = оплата не прошла
status-cancelled-exception = отменён (исключительная ситуация)
status-waiting-token-choice = ожидает выбора токена покупателем
status-objection-in-progress = идёт рассмотрение возражения
status-waiting-objection = ожидает возражения
status-unknown = в неизвестном состоянии
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = способ оплаты { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = Для этого аккаунта не сохранён API-ключ. Добавьте его снова в окне «Аккаунты».
keyring-not-kept = Хранилище ключей не сохранило ключ: при проверке прочиталось другое значение. Повторите попытку или используйте ключ только в этом сеансе.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = Ошибка хранилища ключей: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = сохранённый ключ повреждён; добавьте его снова
# $detail: the system's own words.
keyring-locked = Хранилище ключей отказало в доступе ({ $detail }). Разблокируйте его (в Linux — основное хранилище ключей, которое открывается при входе в систему) и повторите попытку.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = На этом компьютере не запущена служба хранилища ключей, поэтому ключ нельзя сохранить безопасно. В Linux установите GNOME Keyring (пакет gnome-keyring в Debian/Ubuntu) или KWallet, выйдите из системы и войдите снова, затем добавьте ключ. А пока можно использовать ключ только в этом сеансе: он хранится в памяти и забывается при закрытии приложения.
# $detail: the system's own words.
keyring-macos-unavailable = Не удалось открыть связку ключей macOS: { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Не удалось открыть диспетчер учётных данных Windows: { $detail }
keyring-unsupported-system = В этой системе нет поддерживаемого хранилища ключей.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Тренировочный аккаунт
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = Не удалось прочитать файл аккаунтов { $path }: { $reason }
# $reason: the system's own words.
account-file-unsaved = Не удалось сохранить файл аккаунтов: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Дайте аккаунту имя, например «Основной» или «Магазин 2».
# $max: the longest name allowed, in characters.
account-name-too-long = { $max ->
    [one] Имя длиннее { $max } символа.
    [few] Имя длиннее { $max } символов.
    [many] Имя длиннее { $max } символов.
   *[other] Имя длиннее { $max } символа.
}
account-name-invisible = В имени есть невидимые символы.
# $name: the name the merchant typed.
account-name-taken = Аккаунт с именем «{ $name }» уже есть.

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Время сервера
check-step-api-key = API-ключ
check-step-p2p-account = P2P-аккаунт
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Не удалось получить время сервера Bybit. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = Не удалось проверить ключ. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Подключено к P2P-аккаунту «{ $nickname }» (пользователь { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = Часы этого компьютера спешат на { $seconds } с относительно часов Bybit. Bybit отклоняет запросы, если часы спешат; это приложение делает поправку, другие программы — нет.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = Часы этого компьютера отстают от часов Bybit на { $seconds } с. Это приложение делает поправку.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = Часы этого компьютера идут вровень с часами Bybit (расхождение не больше { $seconds } с).
check-clock-advice = Включите автоматическую установку даты и времени в настройках системы.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = Ключ только для чтения: он может получать список ордеров, но не может ответить на запрос на отмену.
check-key-read-only-advice = Создайте новый ключ с доступом на чтение и запись.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = чтение и запись
# A fact in the list.
check-key-p2p-permission = есть разрешение на P2P-ордера
check-key-no-p2p-permission = У ключа нет разрешения на P2P-ордера.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = На Bybit отредактируйте ключ и отметьте разрешение на P2P-ордера (FiatP2P).
# A fact in the list.
check-key-any-ip = работает с любого IP-адреса
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = работает только с { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = срок действия истёк { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = срок действия истекает { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = Ключ работает: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Создайте новый ключ до того, как у этого истечёт срок действия, и снова добавьте его здесь.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Согласиться на отмену
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Отказать в отмене

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = Оплата уже произведена
reason-have-not-received-full-refund = Полный возврат средств не получен
# "Some other reason".
reason-others = Другая причина
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = «{ $value }» — не та причина, которую принимает Bybit; используйте have-made-payment, have-not-received-full-refund или others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Введите номер ордера.
review-order-id-not-digits = Номер ордера состоит только из цифр (например, 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = В номере ордера не больше { $max } { $max ->
        [one] цифры
        [few] цифр
        [many] цифр
       *[other] цифры
    }; в этом — { $count }.
review-proof-link-empty = Ссылка на доказательство пуста.
# $max: the most characters a link may have.
review-proof-link-too-long = Ссылка на доказательство длиннее { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }.
# $link: the link as typed (a URL).
review-proof-link-comma = Ссылка на доказательство { $link } содержит запятую, а Bybit разделяет доказательства запятыми.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = Ссылка на доказательство { $link } содержит пробелы или невидимые символы.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = Ссылка на доказательство { $link } должна начинаться с https:// или http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = В комментарии { $count } { $count ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; максимум — { $max }.
review-remark-control-characters = В комментарии есть невидимые управляющие символы.
review-decision-missing = Выберите: согласиться на отмену или отказать в отмене.
review-reason-missing = Выберите причину отказа в отмене.
review-proofs-missing = Добавьте хотя бы одно доказательство: скриншот, PDF или ссылку.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = Можно отправить не более { $max } { $max ->
        [one] доказательства
        [few] доказательств
        [many] доказательств
       *[other] доказательства
    }; уберите лишние: { $extra }.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = Изображение JPEG
proof-kind-png = Изображение PNG
proof-kind-pdf = Документ PDF
proof-kind-mp4 = Видео MP4
# $name: the file's name or path.
proof-file-not-found = Файл доказательства { $name }: такого файла нет.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Файл доказательства { $name }: это { $what ->
        [folder] папка
        [pipe] канал (pipe)
        [socket] сокет
        [device] устройство
       *[other] не обычный файл
    }, а не обычный файл. Выберите фото, PDF или видео.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Файл доказательства { $name }: его не удаётся прочитать ({ $reason }).
proof-file-empty = Файл доказательства { $name }: файл пуст.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Файл доказательства { $name }: { $size } МБ — слишком большой; максимум { $limit } МБ. Отправьте фото поменьше или видео покороче.
# The extensions are literal.
proof-file-wrong-extension = Файл доказательства { $name }: принимаются только файлы .jpg, .jpeg, .png, .pdf и .mp4.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Файл доказательства { $name }: судя по имени, это { $claimed ->
        [jpeg] изображение JPEG
        [png] изображение PNG
        [pdf] документ PDF
       *[mp4] видео MP4
    }, но по содержимому — { $found ->
        [jpeg] изображение JPEG
        [png] изображение PNG
        [pdf] документ PDF
        [mp4] видео MP4
       *[other] что-то другое
    }. Экспортируйте его заново в нужном формате.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Загрузка доказательства { $index } из { $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, осталось примерно { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Отправка ответа…
submit-checking = Нет чёткого ответа от Bybit: проверяем ордер, чтобы узнать, дошёл ли ответ…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit попросил снизить частоту запросов; повторная отправка через { $seconds } с…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Ничего не отправлено: не удалось записать историю, а без записи ни один ответ не отправляется. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = По ордеру { $order } ничего не отправлено: { $error }
# $name: the proof file's name.
submit-report-upload-failed = По ордеру { $order } ничего не отправлено: не удалось загрузить доказательство { $name }. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Ничего не отправлено: вы остановили загрузку { $name } на отметке { $reached }. Ордер { $order } всё ещё ждёт вашего ответа.
submit-report-not-applied = Ваш ответ по ордеру { $order } не применён. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } Затем приложение проверило ордер { $order }: он всё ещё ждёт вашего ответа, значит, ответ не применён. Его можно безопасно отправить снова.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } Затем приложение проверило ордер { $order }: он больше не ждёт вашего ответа (сейчас: { $status }), значит, ответ применён — это подтверждено проверкой ордера.
# $check: why reading the order failed.
submit-report-check-failed = { $error } Затем приложение попыталось проверить ордер { $order }, но не смогло ({ $check }). Откройте ордер на Bybit, прежде чем отправлять снова.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Готово: вы согласились на отмену ордера { $order }, которую запросил продавец ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Готово: вы отказали продавцу в отмене ордера { $order } ({ $environment }), причина «{ $reason }», с { $count } { $count ->
        [one] доказательством
        [few] доказательствами
        [many] доказательствами
       *[other] доказательствами
    }.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = Не удалось открыть файл истории { $path }: { $error }
submit-history-unusable = Не удалось прочитать или записать историю: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = Не удалось создать папку { $path }: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = файл истории повреждён: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = Не удалось прочитать файл истории ({ $error }). Он отложен в сторону как { $path }, и начата новая история; ваши прежние записи — в том файле.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = неизвестно — проверьте ордер
outcome-accepted = принят
outcome-refused = отклонён
outcome-not-sent = не отправлен
outcome-unknown = неизвестно

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = время
csv-column-environment = среда
csv-column-account = аккаунт
csv-column-order = ордер
csv-column-decision = решение
csv-column-reason = причина
csv-column-proofs = доказательства
csv-column-remark = комментарий
csv-column-outcome = итог
csv-column-code = код
csv-column-message = сообщение
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = задержка_мс
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = проверка
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = Не удалось записать файл: { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } с
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } мин { $seconds } с
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } ч { $minutes } мин
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } мин
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = время неизвестно

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Без сбоев
trouble-late-answer = Bybit выполняет действие, но отвечает слишком поздно
trouble-dropped-connection = Соединение обрывается после действия Bybit
trouble-server-error = Bybit выдаёт ошибку сервера (ничего не выполняет)
trouble-web-page = Bybit выполняет действие, но отвечает веб-страницей
trouble-garbled-answer = Bybit выполняет действие, но его ответ искажён
# 3 s: three seconds.
trouble-clock-behind = Часы Bybit отстают от часов этого компьютера на 3 с
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit один раз отвечает «too many requests» (слишком много запросов)
trouble-ip-blocked = Bybit блокирует этот IP-адрес (HTTP 403)
trouble-not-an-advertiser = Аккаунт не является P2P-рекламодателем
trouble-slow-upload = Файлы загружаются медленно (1 Мбит/с, обычный домашний интернет)
trouble-stalled-upload = Загрузка файла останавливается на полпути

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Ответ на запрос продавца об отмене
# Under the heading.
form-intro = Укажите ордер и ваш ответ. Перед отправкой вы ещё раз увидите всё, что будет отправлено.
# Label of the order number field.
form-order-number = Номер ордера
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Вставьте со страницы ордера, напр. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Ваш ответ
# Small text under the "Accept the cancellation" button.
form-accept-explanation = Ордер будет отменён, а криптовалюта останется у продавца. Выберите это, только если ваши деньги вернулись или вы не платили.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = Ордер останется открытым. Выберите это, если вы уже заплатили; укажите причину и доказательства.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Вы отметили этот ордер как оплаченный: { $amount } { $currency } продавцу { $seller }. Если согласиться, ордер будет отменён, а { $token } останется у продавца. Соглашайтесь, только если { $amount } { $currency } вернулись на ваш счёт.
# The same when the order's details are not known (yet).
guard-paid-unknown = Если вы отметили этот ордер как оплаченный, то при согласии ордер будет отменён, а криптовалюта останется у продавца. Соглашайтесь, только если деньги вернулись на ваш счёт.
# The same for an order in another status. $status: the status in words.
guard-other-status = Статус этого ордера: «{ $status }». Если согласиться на запрос продавца, ордер будет отменён.
# The box to tick before an Accept can be sent.
guard-refund-received = { $amount } { $currency } вернулись на мой счёт, или оплата не производилась
guard-refund-received-unknown = Деньги вернулись на мой счёт, или оплата не производилась
# Beside the disabled send button.
guard-tick-first = Чтобы согласиться на отмену, сначала поставьте отметку выше.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Прежде чем ответить
# $days: the account's age in days.
warning-young-account = { $days ->
    [0] Будьте внимательны: аккаунт этого продавца создан меньше суток назад.
    [one] Будьте внимательны: аккаунту этого продавца всего { $days } день.
    [few] Будьте внимательны: аккаунту этого продавца всего { $days } дня.
    [many] Будьте внимательны: аккаунту этого продавца всего { $days } дней.
   *[other] Будьте внимательны: аккаунту этого продавца всего { $days } дня.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Будьте внимательны: этот продавец пока не завершил на Bybit ни одного ордера.
    [one] Будьте внимательны: этот продавец завершил на Bybit всего { $count } ордер.
    [few] Будьте внимательны: этот продавец завершил на Bybit всего { $count } ордера.
    [many] Будьте внимательны: этот продавец завершил на Bybit всего { $count } ордеров.
   *[other] Будьте внимательны: этот продавец завершил на Bybit всего { $count } ордера.
}
# $percent: a whole number (62).
warning-low-completion = Будьте внимательны: за последние 30 дней этот продавец выполнил только { $percent } % своих ордеров.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Будьте внимательны: продавец просит сначала отменить ордер и обещает вернуть деньги («{ $words }»). После отмены ордера криптовалюта остаётся у продавца, и ничто не обязывает его вернуть вам деньги.
warning-system-error = Будьте внимательны: продавец говорит о системной ошибке или о непрошедшем платеже («{ $words }»). Проверьте свой банковский счёт сами; оплаченный ордер не отменяется из-за ошибки.
warning-off-platform = Будьте внимательны: продавец хочет перейти к общению вне Bybit («{ $words }»). Общайтесь в чате ордера: именно его видит поддержка Bybit, если вы подадите апелляцию.
# Label of the drop-down list of reasons for refusing.
form-reason = Причина
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Выберите причину…
# Label of the remark field (free text sent with a refusal).
form-remark = Комментарий (необязательно)
# Placeholder inside the empty remark field.
form-remark-hint = Всё, что нужно знать продавцу и поддержке Bybit, на любом языке.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $max ->
    [one] { $count } / { $max } символ
    [few] { $count } / { $max } символа
    [many] { $count } / { $max } символов
   *[other] { $count } / { $max } символа
}
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Подготовка…
# Button while proof files upload.
form-stop-upload = Отменить загрузку
form-stop-upload-tooltip = Останавливает загрузку. Ваш ответ не отправляется, а ордер по-прежнему его ждёт.
# Button: opens the confirmation dialog.
form-review-and-send = Проверить и отправить…
# Beside the send button while the account is still connecting.
form-account-not-open = Аккаунт ещё не открыт.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Перед отправкой:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = Часы этого компьютера спешат на { $seconds } с относительно часов Bybit. Приложение делает поправку, но включите автоматическую установку даты и времени в настройках системы: Bybit отклоняет запросы, если часы спешат.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = Часы этого компьютера отстают от часов Bybit на { $seconds } с. Приложение делает поправку, но включите автоматическую установку даты и времени в настройках системы: Bybit отклоняет запросы, если часы спешат.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Ответ принят
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Ответ применён (подтверждено проверкой ордера)
form-result-refused = Bybit отклонил ответ
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Ваш ответ не применён
form-result-not-sent = Ничего не отправлено
form-result-unknown = Результат неизвестен: проверьте ордер на Bybit
# Button.
form-send-again = Отправить снова
# Button: clears the form for the next order.
form-answer-another = Ответить по другому ордеру
# Button: opens the History tab.
form-see-in-history = Посмотреть в истории

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Доказательства
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Скриншоты оплаты, банковские выписки (.jpg, .png, .pdf) или короткое видео (.mp4), до { $megabytes } МБ каждый файл; или ссылки. Не более { $max }.
# Under the proof heading: what appeals value most.
proofs-video-advice = При рассмотрении апелляций Bybit больше всего доверяет записи экрана (.mp4) — например, записи банковского приложения, где видна оплата.
# Button: opens a file dialog.
proofs-add-files = Добавить файлы…
# Beside the "Add files…" button.
proofs-drop-hint = или перетащите файлы в любое место окна
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Проверка файлов…
# Label of the field where links are pasted.
proofs-links = Ссылки
# Placeholder inside the empty links field.
proofs-links-hint = Вставьте одну или несколько ссылок: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Добавить ссылки
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = ФОТО
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = URL
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Ссылка
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Убрать
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Убрать { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } КБ
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } МБ

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Отправить этот ответ?
# Warning at the top of the dialog.
confirm-cannot-undo = Это действие необратимо: как только ответ дойдёт до Bybit, изменить его будет нельзя.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Среда
confirm-account = Аккаунт
confirm-order = Ордер
confirm-decision = Решение
confirm-reason = Причина
confirm-proofs = Доказательства
confirm-remark = Комментарий
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (файл, загружается перед ответом)
# The "Remark" row when no remark was written.
confirm-remark-none = (нет)
# Button: sends the answer.
confirm-send-now = Отправить
# Button: closes the dialog without sending.
confirm-go-back = Назад
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter — отправить · Esc — назад

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Детали ордера
# Shown when no order is chosen yet.
details-empty = Выберите ордер слева или введите его номер, чтобы увидеть здесь подробности.
# Beside a spinner while the order is being read from Bybit.
details-loading = Загрузка ордера…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = Продавец просит отменить ордер
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = «{ $reason }»
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = На ответ осталось { $time }
details-no-request = По этому ордеру нет запроса на отмену, ожидающего вашего ответа.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Вы покупаете
details-you-sell = Вы продаёте
# Row name: the other side of the order (their nickname beside it).
details-seller = Продавец
details-buyer = Покупатель
details-amount = Сумма
details-price = Цена
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } за { $token }
details-status = Статус
# Row name: when the order was created (a date and time beside it).
details-created = Создан
# Row name: the payment methods of the order.
details-payment = Способ оплаты
# The seller's record, in the order's details.
record-heading = Продавец
record-account-age = Возраст аккаунта
# $days: whole days.
record-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
record-finished = Завершённые ордера
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } за 30 дней)
record-completion = Доля выполненных (30 дней)
# $percent: a number (98.6).
record-percent = { $percent } %
record-ratings = Отзывы
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent } % положительных (положительных: { $good }, отрицательных: { $bad })
record-presence = Активность
record-online = сейчас в сети
# $time: a date and time.
record-last-seen = последний раз в сети { $time }
record-not-said = не указано
record-history = Прежние запросы
record-history-none = раньше запросов от этого продавца не было
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = ранее: { $count } (согласие — { $accepted }, отказ — { $refused })
# $error: why, in full sentences.
record-unreadable = Не удалось прочитать данные о продавце. { $error }
# The order's chat, in the details.
chat-heading = Чат с продавцом
chat-loading = Загрузка чата…
# $error: why, in full sentences.
chat-unreadable = Не удалось прочитать чат; всё остальное работает. { $error }
chat-empty = В этом чате нет сообщений.
chat-earlier = Показать более ранние сообщения
chat-you = Вы
# A file in the chat. $name: its file name.
chat-picture = Изображение: { $name }
chat-pdf = PDF: { $name }
chat-video = Видео: { $name }
chat-unknown = (сообщение такого типа это приложение показать не может)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Использовать как доказательство
chat-used-as-proof = Уже среди ваших доказательств

## The welcome screen (first run, no account yet).

welcome-heading = Ответ на запрос продавца об отмене
welcome-intro = Когда продавец на Bybit P2P просит отменить ваш ордер на покупку, вы соглашаетесь на отмену или отказываете. Это приложение отправит ваш ответ вместе с доказательствами в несколько кликов.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Добавить мой API-ключ Bybit
# Under the "Add my Bybit API key" button.
welcome-key-note = Ключ хранится в системном хранилище ключей этого компьютера, а не в файле.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Попробовать тренировочный режим
# Under the "Try practice mode" button.
welcome-practice-note = Имитация биржи на этом компьютере, с примерами ордеров. Без ключа и без реальных денег.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Открытие аккаунта…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Нет подключения
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Проверить подключение
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Выход
# Button: opens the About dialog.
top-about = О программе
# Button: opens the Accounts dialog.
top-accounts = Аккаунты…
# Button: opens the Settings dialog.
top-settings = Настройки…
# Label of the account picker in the top bar.
top-account = Аккаунт
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Ответить на запрос
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = { $count ->
    [one] Ответить на запрос ({ $count } новый)
    [few] Ответить на запрос ({ $count } новых)
    [many] Ответить на запрос ({ $count } новых)
   *[other] Ответить на запрос ({ $count } новых)
}
# Tab: the history of answers sent, before it has been read.
top-tab-history = История
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = История ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = ТРЕНИРОВКА · без реальных денег
# Badge of Bybit's testnet.
style-badge-testnet = ТЕСТОВАЯ СЕТЬ · тестовые средства
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · РЕАЛЬНЫЕ ДЕНЬГИ

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Ждут вашего ответа
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count ->
    [one] { $count } новый
    [few] { $count } новых
    [many] { $count } новых
   *[other] { $count } новых
}
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = НОВЫЙ
# Button: reads every watched account now.
orders-refresh = Обновить
# Shown beside a spinner while the accounts are being read.
orders-checking = Проверка…
# Shown when the merchant paused the watching.
orders-watching-paused = Отслеживание приостановлено
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit временно не принимает запросы с этого компьютера
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit ответил «403 Forbidden»: либо с этого IP-адреса было слишком много запросов (считаются и другие программы или компьютеры, которые работают через то же подключение), либо Bybit не обслуживает эту страну. Все аккаунты на { $host } приостановлены до { $time }, затем они будут проверены снова автоматически.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count ->
    [one] Не удалось прочитать { $count } ордер аккаунта { $account }: возможно, он ждёт вашего ответа. Новая попытка — через несколько секунд.
    [few] Не удалось прочитать { $count } ордера аккаунта { $account }: возможно, один из них ждёт вашего ответа. Новая попытка — через несколько секунд.
    [many] Не удалось прочитать { $count } ордеров аккаунта { $account }: возможно, один из них ждёт вашего ответа. Новая попытка — через несколько секунд.
   *[other] Не удалось прочитать { $count } ордера аккаунта { $account }: возможно, один из них ждёт вашего ответа. Новая попытка — через несколько секунд.
}
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Ордер { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = проверено в { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Проверять
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = раз в { $count } с
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = { $count ->
    [1] каждую минуту
    [one] раз в { $count } минуту
    [few] раз в { $count } минуты
    [many] раз в { $count } минут
   *[other] раз в { $count } минуты
}
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = как можно чаще
# Button: pauses the watching.
orders-pause = Пауза
# Button: resumes the watching.
orders-resume = Продолжить
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: не удалось проверить.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Ордера этого аккаунта ниже — по данным последней успешной проверки.
# Button: reads the accounts again.
orders-try-again = Повторить
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Проверить { $account } ещё раз
# Shown when no cancel request waits.
orders-empty = Нет запросов, ожидающих вашего ответа.
orders-empty-hint = Когда продавец попросит отменить один из ваших ордеров, ордер появится здесь.
# Shown before the first list has arrived.
orders-looking = Поиск запросов на отмену…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Тренировка: имитировать сбой
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = создан в { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = осталось { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Ордер { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Ордер { $order } { $amount } { $currency }, аккаунт { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Загрузка истории…
# The history is empty for the filter chosen.
history-empty-filtered = Нет ответов, подходящих под этот фильтр.
# The history is empty.
history-empty = Ответов пока не отправлялось.
history-empty-hint = Здесь появляется каждый отправленный вами ответ — из этого окна или из командной строки.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Время
history-column-environment = Среда
history-column-account = Аккаунт
history-column-order = Ордер
history-column-decision = Решение
history-column-reason = Причина
history-column-proofs = Доказ.
history-column-outcome = Итог
history-column-latency = Задержка
# Filter label: an order number.
history-filter-order = Ордер
# Hint in the empty order-number filter.
history-filter-order-hint = любой ордер
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Итог
# Filter choice: every outcome.
history-filter-all = Все
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = Экспорт в CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = согласие
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = отказ
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } мс
# Button at the end of each row: shows the answer in full.
history-details = Подробнее
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Ордер { $order }
# Row names of that dialog.
history-entry-time = Время
history-entry-environment = Среда
history-entry-account = Аккаунт
history-entry-decision = Решение
history-entry-reason = Причина
history-entry-proofs = Доказательства
# The merchant's remark to the seller.
history-entry-remark = Комментарий
history-entry-outcome = Итог
# Bybit's answer code (a number).
history-entry-bybit-code = Код Bybit
# Bybit's message (shown as received).
history-entry-message = Сообщение
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Проверено позже
history-entry-latency = Задержка
# Button: closes the dialog.
history-entry-close = Закрыть

## Settings

# Heading of the Settings dialog.
settings-title = Настройки
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Ожидание ответа Bybit
# Label of the slider of that section.
settings-answer-timeout-seconds = Секунды
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}с
settings-answer-timeout-explained = Если за это время ответа нет, приложение проверяет ордер, чтобы узнать, дошёл ли ваш ответ, и никогда не отправляет его повторно само. При медленном подключении загрузка файла доказательства может занять несколько минут: она прерывается, только если за это время ничего не передаётся.
# Section: how often to read the accounts.
settings-watch = Отслеживание запросов на отмену
settings-watch-explained = Отслеживаются все аккаунты, даже когда окно свёрнуто или убрано в трей. Уведомление сообщает о каждом новом запросе и ещё раз, когда на ответ останется 3 минуты.
# Checkbox.
settings-alert-sound = Звук при каждом уведомлении
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Запускать при входе в систему, в трее
# Section: help from support.
settings-support = Поддержка
# Button: copies a report for support.
settings-copy-diagnostics = Скопировать диагностику
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = для сообщения в поддержку: версии, настройки, последние строки журнала; никаких ключей и секретов.
# $path: a folder.
settings-logs-folder = Журналы хранятся в { $path }
# Button: closes the dialog.
settings-close = Закрыть
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = О программе «{ $app }»…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Версия { $version } для { $os } ({ $arch })
about-licence = Свободная программа под лицензией MIT: её можно свободно использовать, копировать и распространять.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Текст лицензии
# Button.
about-open-data-folder = Открыть папку данных
# Button.
about-open-logs-folder = Открыть папку журналов
about-data-folder-explained = В папке данных хранятся история, имена аккаунтов и настройки. API-ключей там никогда нет: они остаются в системном хранилище ключей.
# Button: closes the dialog.
about-close = Закрыть

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Проверка подключения: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Проверяем часы, ключ и P2P-аккаунт…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: в порядке
check-dialog-step-warning = { $step }: предупреждение
check-dialog-step-problem = { $step }: проблема
# $advice: a sentence saying what to do.
check-dialog-advice = Что сделать: { $advice }
# Button: closes the dialog.
check-dialog-close = Закрыть

## Accounts

# Heading of the Accounts dialog.
accounts-title = Аккаунты
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Да, удалить { $account }
# Button: does not delete the account.
accounts-keep = Оставить
# Button. $account: the account's name.
accounts-delete = Удалить { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Проверить { $account }
# Section: adding an API key.
accounts-add = Добавить аккаунт
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = На Bybit откройте Аккаунт > Управление API > Создать новый ключ, выберите «API-ключи, созданные системой» и отметьте разрешение на P2P-ордера.
# Field label: the account's name, chosen by the merchant.
accounts-name = Имя
# Example name in the empty field.
accounts-name-hint = Основной магазин
# Field label: which Bybit site the key was made on.
accounts-environment = Среда
# The environment field before a choice.
accounts-environment-choose = Выберите…
accounts-api-key = API-ключ
accounts-api-secret = Секретный ключ API
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Сохранение в хранилище ключей…
# Main button: saves the key in the system keyring.
accounts-save = Сохранить в хранилище ключей
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Использовать ключ до закрытия приложения
# Button: closes the dialog.
accounts-close = Закрыть
# Errors of the form.
accounts-choose-environment = Выберите среду, для которой создан этот ключ.
accounts-paste-key = Вставьте API-ключ.
accounts-paste-secret = Вставьте секретный ключ API.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Скрыть
notice-busy = Приложение занято; повторите попытку через несколько секунд.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Аккаунты придётся добавить заново.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Файлы доказательств отправляются, только если вы отказываете в отмене: выберите «Отказать в отмене», чтобы их использовать.
notice-account-not-open = Аккаунт ещё не открыт; подождите немного или выберите другой аккаунт.
# $account: the account's name.
notice-key-kept-for-session = { $account }: ключ хранится до закрытия приложения, затем забывается.
# $account: the account's name.
notice-key-saved = { $account }: ключ сохранён в хранилище ключей этого компьютера.
# $account: the account's identifier.
notice-key-removed = Ключ аккаунта { $account } удалён из хранилища ключей.
# $error: the system's reason.
notice-key-not-removed = Не удалось удалить ключ из хранилища ключей: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = Файл не выбран. Если окно выбора файлов не открылось, перетащите файлы прямо в это окно.
# $error: the system's reason.
notice-start-at-login-failed = Не удалось изменить запуск при входе в систему: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: Bybit попросил снизить частоту запросов (слишком много запросов с этим ключом — возможно, его использует ещё какая-то программа). Следующие { $minutes } мин этот аккаунт проверяется раз в { $seconds } с.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = приложение запущено с образа диска. Перетащите его в папку «Программы», откройте оттуда и снова включите этот параметр.
# $error: the system's reason.
notice-settings-not-saved = Не удалось сохранить настройки: { $error }
notice-diagnostics-copied = Диагностика скопирована. Вставьте её в сообщение в поддержку: в ней нет ни ключей, ни секретов.
# $count: how many answers were written; $path: the file.
notice-exported = { $count ->
    [one] Экспортирована { $count } запись в { $path }
    [few] Экспортированы { $count } записи в { $path }
    [many] Экспортировано { $count } записей в { $path }
   *[other] Экспортировано { $count } записи в { $path }
}
# $error: the reason.
notice-export-failed = Экспорт не удался: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = Не удалось открыть папку ({ $error }). Её путь: { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Отпустите, чтобы добавить как доказательство
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = Отслеживание запросов на отмену продолжается в трее. Чтобы выйти, выберите «Выход» в меню значка.
# Tray menu. $app: the app's name (app-title).
tray-open = Открыть «{ $app }»
tray-refresh = Обновить сейчас
tray-pause = Приостановить отслеживание
tray-resume = Возобновить отслеживание
tray-quit = Выход
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: нет запросов на отмену, ожидающих вашего ответа
    [one] { $app }: { $count } запрос на отмену ждёт вашего ответа
    [few] { $app }: { $count } запроса на отмену ждут вашего ответа
    [many] { $app }: { $count } запросов на отмену ждут вашего ответа
   *[other] { $app }: { $count } запроса на отмену ждут вашего ответа
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: нет запросов на отмену, ожидающих вашего ответа (отслеживание приостановлено)
    [one] { $app }: { $count } запрос на отмену ждёт вашего ответа (отслеживание приостановлено)
    [few] { $app }: { $count } запроса на отмену ждут вашего ответа (отслеживание приостановлено)
    [many] { $app }: { $count } запросов на отмену ждут вашего ответа (отслеживание приостановлено)
   *[other] { $app }: { $count } запроса на отмену ждут вашего ответа (отслеживание приостановлено)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Ответ на запрос продавца Bybit P2P об отмене вашего ордера на покупку: согласиться на отмену или отказать, приложив доказательства.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Ответ на запрос продавца Bybit P2P об отмене вашего ордера на покупку: согласиться на отмену или отказать, приложив доказательства.

    Без команды открывает окно. Учётные данные для команд берутся из аккаунта, сохранённого через `keys add` (--profile NAME), или из переменных окружения BYBIT_API_KEY и BYBIT_API_SECRET; для --practice они не нужны.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Код выхода: 0 — принято биржей, 1 — отклонено биржей, 2 — неверные входные данные (ничего не отправлено), 3 — сбой сети или неизвестный результат.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Открыть окно в тренировочном режиме: имитация биржи на этом компьютере, API-ключ не нужен
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Запуститься в трее, не показывая окно (как при запуске при входе в систему); если трея нет, окно открывается как обычно
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Открыть окно с этим ордером, готовым к ответу (если приложение уже открыто, ордер откроется в нём)

# The commands, as --help lists them.
cli-about-review = Ответить на запрос продавца об отмене вашего ордера на покупку
cli-about-orders = Показать ваши ордера на покупку, по которым продавец запросил отмену и которые ждут вашего ответа
cli-about-order = Показать один ордер: суммы, продавец, статус, оплата и запрос продавца на отмену
cli-about-check = Проверить подключение: часы относительно Bybit, что разрешено ключу, P2P-аккаунт
cli-about-watch = Отслеживать запросы на отмену до остановки по Ctrl+C: по строке на каждый новый запрос и на каждое предупреждение о сроке (осталось 3 минуты), сначала — по уже ожидающим
cli-about-practice-server = Запустить тренировочную биржу на 127.0.0.1 до остановки по Ctrl+C
cli-about-keys = Сохранить, показать или удалить API-ключи ваших аккаунтов (хранятся в хранилище ключей ОС)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Среда Bybit: mainnet (по умолчанию), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id или practice
cli-help-base-url = Любой другой API-сервер Bybit (только https; http — только на 127.0.0.1 или localhost)
cli-help-practice = Использовать встроенную тренировочную биржу и её тренировочный аккаунт (ключ не нужен)
cli-help-profile = Использовать аккаунт, сохранённый через `keys add` (его ключ из хранилища ключей, его среду). Если заданы BYBIT_API_KEY и BYBIT_API_SECRET, приоритет у них
cli-help-timeout = Сколько секунд ждать, пока ничего не происходит: нет ответа от Bybit или во время загрузки файла доказательства не передаётся ни байта. При медленном подключении большой файл может загружаться несколько минут, пока загрузка идёт (от 1 до 300)
cli-help-json = Вывести один JSON-объект вместо фразы

# Flags of `review` (and the order number of `order`).
cli-help-order = Номер ордера (только цифры)
cli-help-pass = Согласиться на отмену, запрошенную продавцом. Отправляет только ордер и решение
cli-help-reject = Отказать продавцу в отмене; нужны --reason и хотя бы один --proof или --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Причина отказа: have-made-payment (оплата уже произведена), have-not-received-full-refund (полный возврат средств не получен) или others (другая причина)
cli-help-proof = Ссылка на доказательство (https:// или http://, без запятых и пробелов). Повторите для нескольких
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = Файл доказательства, загружаемый перед ответом: .jpg, .jpeg, .png, .pdf или .mp4, не более { $megabytes } МБ. Повторите для нескольких
# $characters: the longest remark (500).
cli-help-remark = { $characters ->
        [one] Комментарий к отказу (не более { $characters } символа)
        [few] Комментарий к отказу (не более { $characters } символов)
        [many] Комментарий к отказу (не более { $characters } символов)
       *[other] Комментарий к отказу (не более { $characters } символа)
    }

# Flags of `watch`.
cli-help-interval = Длительность цикла в секундах: каждый ордер, отмеченный как оплаченный, проверяется один раз за цикл. Значение по умолчанию, 8, — «как можно чаще»; аккаунт никогда не проверяется чаще 1,5 раза в секунду, каким бы ни был цикл (от 1 до 3600)
cli-help-all = Отслеживать все аккаунты, сохранённые через `keys add`, каждый со своим ключом и лимитом запросов

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Порт на 127.0.0.1 (0 — выбрать свободный)
cli-help-trouble = Имитировать сбой, чтобы увидеть, как приложение с ним справляется
cli-help-late-by = С --trouble late-answer: на сколько секунд опаздывает ответ
cli-help-latency = Добавить к каждому ответу сетевую задержку туда и обратно, в миллисекундах (чтобы увидеть ожидание мерчанта, далёкого от Bybit; используется в бенчмарках)
cli-help-second-book = Держать второй набор примеров ордеров (другие ордера, другие продавцы), чтобы тренироваться сразу с двумя аккаунтами: сохраните эту биржу как аккаунт командой `keys add NAME --env practice --base-url URL`
cli-help-refund-received = Вместе с --pass: подтверждает, что заплаченные вами деньги вернулись на ваш счёт или что оплата не производилась (при согласии ордер отменяется, а криптовалюта остаётся у продавца)
cli-help-paid = Вместо примеров ордеров: столько ордеров, отмеченных как оплаченные, пока без запроса на отмену (вместе с --unpaid — напряжённый день мерчанта, чтобы понаблюдать)
cli-help-unpaid = Вместе с --paid: столько ордеров, ожидающих вашей оплаты
cli-help-new-request-every = Как часто, в секундах, продавец просит отменить один из ордеров, отмеченных как оплаченные (0 — никогда)

cli-usage = Использование: { $usage }
cli-heading-commands = Команды
cli-heading-arguments = Аргументы
cli-heading-options = Параметры
cli-help-help = Показать справку
cli-help-version = Показать версию
cli-help-help-command = Показать эту справку или справку по указанной команде
cli-default = по умолчанию: { $value }
cli-error = ошибка: { $message }
cli-error-missing = обязательно, но не указано: { $arguments }
cli-error-unknown-argument = неизвестный аргумент: { $argument }
cli-error-unknown-command = неизвестная команда: { $command }
cli-error-invalid-value = { $value } — недопустимое значение для { $argument }
cli-error-possible-values = допустимые значения: { $values }
cli-error-conflict = { $argument } нельзя использовать вместе с { $other }
cli-error-missing-command = нужна команда
cli-error-similar = может быть, вы имели в виду { $suggestion }?
cli-error-more = Подробнее: '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Не удалось запуститься: { $error }
cli-choose-pass-or-reject = Укажите --pass, чтобы согласиться на отмену, или --reject, чтобы отказать в отмене.
# The history could not be opened. $error: why.
cli-nothing-sent = Ничего не отправлено: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Примечание: часы этого компьютера спешат на { $seconds } с относительно часов Bybit. Приложение сделало поправку; включите автоматическую установку даты и времени в настройках системы.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Примечание: часы этого компьютера отстают от часов Bybit на { $seconds } с. Приложение сделало поправку; включите автоматическую установку даты и времени в настройках системы.

# practice-server: $url is the exchange's address.
cli-practice-listening = Тренировочная биржа работает по адресу { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Имитация: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Каждый ответ приходит на { $milliseconds } мс позже, как в далёкой сети.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  Продавец ордера { $order } попросил об отмене.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = API-ключ: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = Секретный ключ API: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Попробуйте: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Остановить: Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = Не удалось запустить тренировочную биржу на порту { $port }: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = Не удалось запустить тренировочную биржу: { $error }

# $name: what was typed after --profile.
cli-no-account-named = Аккаунта с именем «{ $name }» нет. См. `p2p-cancel-review keys list` или сохраните аккаунт через `keys add`.
cli-account-address-invalid = Адрес этого аккаунта — недопустимый URL.
# In the terminal and in the window.
cli-environment-no-address = У этой среды нет адреса.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = ключ из { $variable }
# $name: a saved account's name.
cli-no-key-saved = Для «{ $name }» не сохранён ключ. Добавьте его снова командой `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = Нет API-ключа: используйте --profile NAME (аккаунт, сохранённый через `keys add`) или задайте { $key_variable } и { $secret_variable }; либо попробуйте --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Не удалось прочитать ваши ордера. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Ничего не отправлено. При согласии ордер отменяется, а криптовалюта остаётся у продавца: если вы заплатили, деньги вернутся к вам, только если их вернёт продавец. Если они вернулись на ваш счёт или оплата не производилась, подтвердите это с помощью --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Что стоит знать, прежде чем ответить:
cli-order-record = Продавец:
cli-order-chat = Последние сообщения в чате (сначала старые):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (как доказательство: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count ->
    [one] Не удалось прочитать { $count } ордер, отмеченный как оплаченный, поэтому его может не быть в списке выше:
    [few] Не удалось прочитать { $count } ордера, отмеченных как оплаченные, поэтому их может не быть в списке выше:
    [many] Не удалось прочитать { $count } ордеров, отмеченных как оплаченные, поэтому их может не быть в списке выше:
   *[other] Не удалось прочитать { $count } ордера, отмеченных как оплаченные, поэтому их может не быть в списке выше:
}
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Нет ордеров, ожидающих вашего ответа ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count ->
        [one] { $count } ордер ждёт вашего ответа ({ $environment }), сначала самые срочные:
        [few] { $count } ордера ждут вашего ответа ({ $environment }), сначала самые срочные:
        [many] { $count } ордеров ждут вашего ответа ({ $environment }), сначала самые срочные:
       *[other] { $count } ордера ждут вашего ответа ({ $environment }), сначала самые срочные:
    }
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } за { $quantity } { $token }  продавец { $seller }  создан { $created }  осталось на ответ: { $left }
# Time left to answer, when not known.
cli-unknown = неизвестно
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = время неизвестно

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = Не удалось прочитать ордер { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Ордер { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = Вы покупаете { $quantity } { $token } за { $amount } { $currency } по цене { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = Вы продаёте { $quantity } { $token } за { $amount } { $currency } по цене { $price }
# $name: the other side's nickname.
cli-order-seller = Продавец: { $name }
# $name: the other side's nickname.
cli-order-buyer = Покупатель: { $name }
# $status: the order's status in words.
cli-order-status = Статус: { $status }
# $time: date and time.
cli-order-created = Создан: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Способ оплаты: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = Продавец просит отменить ордер: «{ $reason }». Осталось на ответ: { $left }.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = Продавец просит отменить ордер, причина не указана. Осталось на ответ: { $left }.
cli-order-no-cancel-request = Нет запроса на отмену, ожидающего вашего ответа.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Проверка { $account } ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = ВНИМАНИЕ
cli-check-mark-problem = ПРОБЛЕМА
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = Что сделать: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Отслеживание { $accounts } раз в { $seconds } с: сначала уже ожидающие запросы, затем каждый новый. Остановить: Ctrl+C.
cli-watch-no-accounts = Сохранённых аккаунтов пока нет: добавьте аккаунт командой `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: не удалось проверить. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  новый запрос на отмену  { $account }  ордер { $order }  { $amount } { $currency }  продавец { $seller }  осталось на ответ: { $left }
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  срок скоро истечёт  { $account }  ордер { $order }  { $amount } { $currency }  продавец { $seller }  осталось на ответ: { $left }

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Сохранить API-ключ и секретный ключ аккаунта в хранилище ключей ОС. Запрашивает оба (секретный ключ при вводе скрыт); из скрипта передайте их через стандартный ввод: ключ в первой строке, секретный ключ во второй
# Help of the NAME given to `keys add`.
keys-help-add-name = Имя аккаунта, используется с --profile
keys-help-env = Среда Bybit, для которой создан ключ: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae или id
keys-help-base-url = Отправлять запросы этого аккаунта на другой адрес (только https; http — только на этом компьютере, например для тренировочной биржи, запущенной через `practice-server`)
keys-about-list = Показать сохранённые аккаунты (без ключей)
keys-help-json = Один JSON-массив вместо строк
keys-about-delete = Удалить аккаунт и убрать его ключ из хранилища ключей
# Help of the NAME given to `keys delete`.
keys-help-delete-name = Имя аккаунта

keys-practice-needs-no-key = Тренировочному аккаунту ключ не нужен: используйте --practice. (Для тренировочной биржи, запущенной через `practice-server`, укажите её --base-url.)
# $reason: why, in a sentence.
keys-nothing-saved = Ничего не сохранено. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = Аккаунт «{ $name }» ({ $environment }) сохранён: ключ в хранилище ключей этого компьютера. Используйте его с --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = API-ключ (ввод скрыт):
keys-prompt-secret = Секретный ключ API (ввод скрыт):
keys-two-lines-needed = Ничего не сохранено: передайте API-ключ в первой строке, а секретный ключ — во второй.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Ничего не сохранено: в Windows этот терминал тоже читал бы то, что вы вводите, и секретный ключ мог бы попасть в его историю. Добавьте ключ в окне приложения («Аккаунты») или передайте API-ключ и секретный ключ через стандартный ввод, по одному в строке.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = ключ в хранилище ключей
keys-state-missing = ключ отсутствует: добавьте его снова
keys-state-keyring-unavailable = хранилище ключей недоступно
# Keep the command to copy as it is.
keys-no-accounts = Аккаунтов пока нет. Добавьте аккаунт: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = Аккаунта с именем «{ $name }» нет.
# $error: the system's reason.
keys-key-not-removed = Не удалось удалить ключ: { $error }
# $name: the account's name.
keys-deleted = Аккаунт «{ $name }» удалён, его ключ убран из хранилища ключей.

## The window's background work.

worker-account-not-open = Этот аккаунт ещё не открыт; подождите немного и повторите попытку.
worker-account-not-open-nothing-sent = Этот аккаунт ещё не открыт; ничего не отправлено. Подождите немного и повторите попытку.
# $error: why the history file cannot be written.
worker-history-unwritable = Ничего не отправлено: не удаётся записать историю ({ $error }), а без записи ни один ответ не отправляется.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Запрос на отмену · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } от { $seller }: осталось на ответ { $left } (ордер { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Срок скоро истечёт · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Осталось { $left }, чтобы ответить на запрос на отмену от { $seller } ({ $amount } { $currency }, ордер { $order }).
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = мало времени
# Button on a notification: opens the app at the order.
alert-action-open = Открыть

## File dialogs.

dialog-proof-files-title = Выберите файлы доказательств
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Фото, PDF, видео
dialog-export-history-title = Экспорт истории в CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Язык
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Как в системе ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Размер текста: Ctrl и + — крупнее, Ctrl и − — мельче, Ctrl и 0 — сбросить (Cmd на Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Язык сообщений: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN или fr (по умолчанию — язык системы: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = Не удалось открыть окно: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = Приложение уже открыто, но не ответило: { $error }. Закройте его через значок в трее (или завершите в Диспетчере задач) и запустите снова.
