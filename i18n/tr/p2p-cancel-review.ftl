# P2P Cancel Review — English, the reference language.
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = P2P İptal Talepleri
# The language's own name, in the language picker (Settings).
language-name = Türkçe
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Bybit P2P iptal talepleri
desktop-comment = Satın aldığınız bir emri iptal etmek isteyen Bybit P2P satıcısına yanıt verin
desktop-keywords = Bybit;P2P;kripto;iptal;emir;
desktop-action-practice = Alıştırma modu (anahtar yok, gerçek para yok)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit isteğin bir alanını reddetti: { $message }. Emir numarasını, nedeni ve kanıtları kontrol edin. (Bybit kodu { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = Bilgisayarınızın saati Bybit'in saatinden { $seconds } sn ileri olduğu için Bybit isteği reddetti. Sistem ayarlarınızdan otomatik saati açın ve yeniden deneyin. (Bybit kodu { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = Bilgisayarınızın saati Bybit'in saatinden { $seconds } sn geri olduğu için Bybit isteği reddetti. Sistem ayarlarınızdan otomatik saati açın ve yeniden deneyin. (Bybit kodu { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = Bilgisayarınızın saati Bybit'in saatinden farklı olduğu için Bybit isteği reddetti. Sistem ayarlarınızdan otomatik saati açın ve yeniden deneyin. (Bybit kodu { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit bu API anahtarını tanımıyor. Anahtarı ve bu ortam için oluşturulduğunu kontrol edin: mainnet anahtarı testnet'te çalışmaz, testnet anahtarı da mainnet'te çalışmaz. (Bybit kodu { $code }: { $message })
error-api-10004 = İmza eşleşmedi; bu, API gizli anahtarının yanlış olduğu anlamına gelir. Gizli anahtarı yeniden girin ya da Bybit'te yeni bir API anahtarı oluşturun. (Bybit kodu { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = Bu API anahtarının P2P emirlerini yönetme izni yok. Bybit'te anahtarı düzenleyin ve P2P emir iznini (FiatP2P) işaretleyin. (Bybit kodu { $code }: { $message })
error-api-10006 = Bu hesaptan kısa sürede çok fazla istek gönderildi. Birkaç saniye bekleyip yeniden deneyin. (Bybit kodu { $code }: { $message })
error-api-10010 = Bu API anahtarı yalnızca başka IP adreslerinden çalışıyor. Bybit'te bu bilgisayarın IP adresini anahtara ekleyin ya da IP kısıtlamasını kaldırın. (Bybit kodu { $code }: { $message })
error-api-10016 = Bybit'te dahili bir hata oluştu. Bir dakika sonra yeniden deneyin. (Bybit kodu { $code }: { $message })
error-api-10017 = Bybit bu isteği tanımıyor. Ortamın veya adresin bir Bybit API sunucusu olduğunu kontrol edin. (Bybit kodu { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Bu Bybit hesabı P2P API'yi kullanamaz: Bybit buna yalnızca P2P Genel İlan Verenler için izin veriyor. Bybit'in P2P sayfasından ilan veren statüsüne başvurun. (Bybit kodu { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit isteği reddetti: { $message }. (Bybit kodu { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = Bybit'in yanıtı anlaşılamadı (HTTP { $status }), bu yüzden sonuç bilinmiyor. Yanıtın başı: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = { $host } sunucusuna ulaşılamadı; hiçbir şey gönderilmedi. İnternet bağlantısını kontrol edip yeniden deneyin. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Bybit { $seconds } sn içinde yanıt vermedi, bu yüzden sonuç bilinmiyor.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = Yükleme durdu: { $seconds } sn boyunca hiçbir şey ilerlemedi, { $reached } gönderilmişti. İnternet bağlantısını kontrol edip yeniden deneyin.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } / { $total } MB
# $detail: the system's technical reason.
error-connection-lost = Yanıt gelmeden Bybit ile bağlantı koptu, bu yüzden sonuç bilinmiyor. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Bu bilgisayar güvenli bağlantı açamıyor: { $detail }. Linux'ta ca-certificates paketini kurun.

## An HTTP error status without a Bybit error code.

http-401 = Bybit kimlik bilgilerini reddetti (HTTP 401). API anahtarını ve gizli anahtarı kontrol edin.
http-403 = Bybit bu IP adresinden gelen istekleri engelledi (HTTP 403). Ya çok fazla istek gönderildi (yeniden denemeden önce en az 10 dakika bekleyin) ya da Bybit bu bilgisayarın bağlandığı ülkeye hizmet vermiyor.
http-404 = Bybit bu adresi tanımıyor (HTTP 404). Ortamı veya temel URL'yi kontrol edin.
http-429 = Bybit şu anda trafiği sınırlıyor (HTTP 429). Bir dakika sonra yeniden deneyin.
# $status: an HTTP status from 500 to 599.
http-server-problem = Bybit'te bir sunucu sorunu oluştu (HTTP { $status }). Birkaç dakika sonra yeniden deneyin.
# $status: any other HTTP status.
http-other = Bybit'in yanıtı: HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } Yanıtın başı: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Alıştırma
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Hollanda
env-hong-kong = Hong Kong
env-turkey = Türkiye
env-kazakhstan = Kazakistan
env-georgia = Gürcistan
env-uae = BAE
env-indonesia = Endonezya
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = bilinmeyen ortam '{ $name }'; şunlardan birini kullanın: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = '{ $url }' bir web adresi değil; https://api.bybit.com gibi yazın
env-url-not-https = '{ $url }' şifreli değil: yalnızca https:// adreslerine izin verilir (düz http:// yalnızca bu bilgisayarda: 127.0.0.1 veya localhost)
env-url-has-extras = '{ $url }' yalnızca bir sunucu adresi olmalı (https://api.bybit.com gibi); yol, sorgu veya parola içermemeli

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = blok zinciri bekleniyor
status-waiting-payment = alıcının ödemesi bekleniyor
status-waiting-release = satıcının serbest bırakması bekleniyor
status-under-appeal = itiraz sürecinde
status-cancelled = iptal edildi
status-finished = tamamlandı
status-payment-in-progress = ödeme işleniyor
status-payment-failed = ödeme başarısız
status-cancelled-exception = iptal edildi (istisna)
status-waiting-token-choice = alıcının token seçmesi bekleniyor
status-objection-in-progress = karşı itiraz sürüyor
status-waiting-objection = karşı itiraz bekleniyor
status-unknown = bilinmeyen bir durumda
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = ödeme türü { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = Bu hesap için kayıtlı API anahtarı yok. Hesaplar penceresinden yeniden ekleyin.
keyring-not-kept = Anahtarlık anahtarı saklamadı: geri okunduğunda başka bir şey döndü. Yeniden deneyin ya da anahtarı yalnızca bu oturum için kullanın.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = Anahtarlık hatası: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = kayıtlı anahtar bozuk; yeniden ekleyin
# $detail: the system's own words.
keyring-locked = Anahtarlık erişimi reddetti ({ $detail }). Anahtarlığın kilidini açın (Linux'ta: oturum açma anahtarlığınız) ve yeniden deneyin.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = Bu bilgisayarda çalışan bir anahtarlık hizmeti yok, bu yüzden anahtar güvenle kaydedilemiyor. Linux'ta GNOME Keyring (Debian/Ubuntu paketi: gnome-keyring) veya KWallet kurun, oturumu kapatıp yeniden açın, sonra anahtarı ekleyin. O zamana kadar anahtarı yalnızca bu oturum için kullanabilirsiniz: bellekte kalır ve uygulama kapanınca unutulur.
# $detail: the system's own words.
keyring-macos-unavailable = macOS Anahtar Zinciri açılamadı: { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Windows Kimlik Bilgisi Yöneticisi açılamadı: { $detail }
keyring-unsupported-system = Bu sistemde desteklenen bir anahtarlık yok.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Alıştırma hesabı
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = { $path } konumundaki hesaplar dosyası okunamadı: { $reason }
# $reason: the system's own words.
account-file-unsaved = Hesaplar dosyası kaydedilemedi: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Hesaba bir ad verin, örneğin "Ana hesap" veya "Mağaza 2".
# $max: the longest name allowed, in characters.
account-name-too-long = { $max ->
    [one] Ad { $max } karakterden uzun.
   *[other] Ad { $max } karakterden uzun.
}
account-name-invisible = Ad görünmez karakterler içeriyor.
# $name: the name the merchant typed.
account-name-taken = "{ $name }" adlı bir hesap zaten var.

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Sunucu saati
check-step-api-key = API anahtarı
check-step-p2p-account = P2P hesabı
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Bybit'in sunucu saati okunamadı. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = Anahtar kontrol edilemedi. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = "{ $nickname }" P2P hesabına bağlanıldı (kullanıcı { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = Bu bilgisayarın saati Bybit'in saatinden { $seconds } sn ileri. Bybit, saati ileri olan bilgisayardan gelen istekleri reddeder; bu uygulama farkı düzeltir, başka araçlar düzeltmez.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = Bu bilgisayarın saati Bybit'in saatinden { $seconds } sn geri. Bu uygulama farkı düzeltir.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = Bu bilgisayarın saati Bybit'in saatiyle uyumlu (fark en fazla { $seconds } sn).
check-clock-advice = Sistem ayarlarınızdan otomatik tarih ve saati açın.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = Anahtar salt okunur: emirleri listeleyebilir ama bir iptal talebini yanıtlayamaz.
check-key-read-only-advice = Okuma-yazma erişimli yeni bir anahtar oluşturun.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = okuma-yazma
# A fact in the list.
check-key-p2p-permission = P2P emir izni var
check-key-no-p2p-permission = Anahtarda P2P emir izni yok.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = Bybit'te anahtarı düzenleyin ve P2P emir iznini (FiatP2P) işaretleyin.
# A fact in the list.
check-key-any-ip = her IP adresinden kullanılabilir
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = yalnızca belirli IP adreslerinden çalışır ({ $ips })
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = süresi { $date } tarihinde doldu
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = süresi { $date } tarihinde doluyor
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = Anahtar çalışıyor: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Bu anahtarın süresi dolmadan yeni bir anahtar oluşturun ve burada yeniden ekleyin.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = İptali kabul et
# Choosing to refuse the seller's request to cancel the order.
decision-reject = İptali reddet

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = Ödemeyi zaten yaptım
reason-have-not-received-full-refund = Ödememin tamamı bana iade edilmedi
# "Some other reason".
reason-others = Diğer
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = '{ $value }' Bybit'in kabul ettiği bir neden değil; have-made-payment, have-not-received-full-refund veya others kullanın

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Emir numarasını girin.
review-order-id-not-digits = Emir numarası yalnızca rakamlardan oluşur (örneğin 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = Emir numarası en fazla { $max } { $max ->
        [one] rakam
       *[other] rakam
    } olabilir; girilen numarada { $count } rakam var.
review-proof-link-empty = Bir kanıt bağlantısı boş.
# $max: the most characters a link may have.
review-proof-link-too-long = Kanıt bağlantısı { $max } { $max ->
        [one] karakterden
       *[other] karakterden
    } uzun.
# $link: the link as typed (a URL).
review-proof-link-comma = { $link } kanıt bağlantısında virgül var; Bybit kanıtları birbirinden virgülle ayırır.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = { $link } kanıt bağlantısında boşluk veya görünmez karakterler var.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = { $link } kanıt bağlantısı https:// veya http:// ile başlamalı.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = Not { $count } { $count ->
        [one] karakter
       *[other] karakter
    } içeriyor; sınır { $max }.
review-remark-control-characters = Not görünmez kontrol karakterleri içeriyor.
review-decision-missing = İptali kabul etmeyi ya da reddetmeyi seçin.
review-reason-missing = İptali neden reddettiğinizi seçin.
review-proofs-missing = En az bir kanıt ekleyin: ekran görüntüsü, PDF veya bağlantı.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = En fazla { $max } { $max ->
        [one] kanıt
       *[other] kanıt
    } gönderilebilir; { $extra } tanesini kaldırın.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = JPEG görüntüsü
proof-kind-png = PNG görüntüsü
proof-kind-pdf = PDF belgesi
proof-kind-mp4 = MP4 videosu
# $name: the file's name or path.
proof-file-not-found = Kanıt dosyası { $name }: böyle bir dosya yok.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Kanıt dosyası { $name }: bu { $what ->
        [folder] bir klasör
        [pipe] bir kanal (pipe)
        [socket] bir soket
        [device] bir aygıt
       *[other] başka bir şey
    }, normal bir dosya değil. Bir fotoğraf, PDF veya video dosyası seçin.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Kanıt dosyası { $name }: dosya okunamıyor ({ $reason }).
proof-file-empty = Kanıt dosyası { $name }: dosya boş.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Kanıt dosyası { $name }: { $size } MB çok büyük; sınır { $limit } MB. Daha küçük bir fotoğraf veya daha kısa bir video gönderin.
# The extensions are literal.
proof-file-wrong-extension = Kanıt dosyası { $name }: yalnızca .jpg, .jpeg, .png, .pdf ve .mp4 dosyaları kabul edilir.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Kanıt dosyası { $name }: adına göre { $claimed ->
        [jpeg] JPEG görüntüsü
        [png] PNG görüntüsü
        [pdf] PDF belgesi
       *[mp4] MP4 videosu
    }, ama içeriği { $found ->
        [jpeg] JPEG görüntüsü
        [png] PNG görüntüsü
        [pdf] PDF belgesi
        [mp4] MP4 videosu
       *[other] başka bir şey
    }. Dosyayı doğru biçimde yeniden dışa aktarın.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Kanıt { $index } / { $total } yükleniyor ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, yaklaşık { $left } kaldı
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Yanıt gönderiliyor…
submit-checking = Bybit'ten net bir yanıt gelmedi: yanıtın ulaşıp ulaşmadığını görmek için emir okunuyor…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit yavaşlamamızı istedi; { $seconds } sn sonra yeniden gönderiliyor…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Hiçbir şey gönderilmedi: geçmiş kaydı yazılamadı ve hiçbir yanıt kayda geçmeden gönderilmez. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = { $order } numaralı emir için hiçbir şey gönderilmedi: { $error }
# $name: the proof file's name.
submit-report-upload-failed = { $order } numaralı emir için hiçbir şey gönderilmedi: { $name } kanıtı yüklenemedi. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Hiçbir şey gönderilmedi: { $name } yüklemesini { $reached } gönderilmişken durdurdunuz. { $order } numaralı emir hâlâ yanıtınızı bekliyor.
submit-report-not-applied = { $order } numaralı emir için yanıtınız uygulanmadı. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } Uygulama ardından { $order } numaralı emri okudu: emir hâlâ yanıtınızı bekliyor, yani yanıtınız uygulanmadı. Yanıtı yeniden göndermek güvenlidir.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } Uygulama ardından { $order } numaralı emri okudu: emir artık yanıtınızı beklemiyor (şu anki durumu: { $status }), yani yanıtınız uygulandı; bu, emir okunarak doğrulandı.
# $check: why reading the order failed.
submit-report-check-failed = { $error } Uygulama ardından durumu öğrenmek için { $order } numaralı emri okumaya çalıştı, ama okuyamadı ({ $check }). Yeniden göndermeden önce emri Bybit'te açıp kontrol edin.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Tamamlandı: { $order } numaralı emirde satıcının iptal talebini kabul ettiniz ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Tamamlandı: { $order } numaralı emirde satıcının iptal talebini reddettiniz ({ $environment }); neden: "{ $reason }", { $count } { $count ->
        [one] kanıt
       *[other] kanıt
    } ile.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = { $path } geçmiş dosyası açılamadı: { $error }
submit-history-unusable = Geçmiş okunamadı veya yazılamadı: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = { $path } klasörü oluşturulamadı: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = geçmiş dosyası bozuk: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = Geçmiş dosyası okunamadı ({ $error }). Dosya { $path } adıyla bir kenara ayrıldı ve yeni bir geçmiş başlatıldı; önceki kayıtlarınız o dosyada.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = bilinmiyor — emri kontrol edin
outcome-accepted = kabul edildi
outcome-refused = reddedildi
outcome-not-sent = gönderilmedi
outcome-unknown = bilinmiyor

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = zaman
csv-column-environment = ortam
csv-column-account = hesap
csv-column-order = emir
csv-column-decision = karar
csv-column-reason = neden
csv-column-proofs = kanıtlar
csv-column-remark = not
csv-column-outcome = sonuç
csv-column-code = kod
csv-column-message = mesaj
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = gecikme_ms
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = doğrulama
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = Dosya yazılamadı: { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } sn
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } dk { $seconds } sn
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } sa { $minutes } dk
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } dk
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = zaman bilinmiyor

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Sorun yok
trouble-late-answer = Bybit işlemi yapar ama geç yanıt verir
trouble-dropped-connection = Bybit işlemi yaptıktan sonra bağlantı kopar
trouble-server-error = Bybit sunucu hatası verir (işlem yapmaz)
trouble-web-page = Bybit işlemi yapar ama bir web sayfasıyla yanıt verir
trouble-garbled-answer = Bybit işlemi yapar ama yanıtı bozuk gelir
# 3 s: three seconds.
trouble-clock-behind = Bybit'in saati bu bilgisayarınkinden 3 sn geri
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit bir kez "çok fazla istek" der
trouble-ip-blocked = Bybit bu IP adresini engeller (HTTP 403)
trouble-not-an-advertiser = Hesap bir P2P ilan veren değil
trouble-slow-upload = Dosyalar yavaş yüklenir (1 Mbit/sn, sıradan bir ev bağlantısı)
trouble-stalled-upload = Bir dosyanın yüklenmesi yarıda durur

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Satıcının iptal talebini yanıtlayın
# Under the heading.
form-intro = Emri ve yanıtınızı girin. Gönderilmeden önce her şeyi bir kez daha göreceksiniz.
# Label of the order number field.
form-order-number = Emir numarası
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Emir sayfasından yapıştırın, örn. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Yanıtınız
# Small text under the "Accept the cancellation" button.
form-accept-explanation = Emir iptal edilir ve kripto satıcıda kalır. Bunu yalnızca paranız size geri döndüyse ya da hiç ödeme yapmadıysanız seçin.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = Emir açık kalır. Ödeme yaptıysanız bunu seçin; bir neden ve kanıt verin.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Bu emri ödendi olarak işaretlediniz: { $seller } adlı satıcıya { $amount } { $currency }. Kabul ederseniz emir iptal edilir ve { $token } satıcıda kalır. Yalnızca { $amount } { $currency } hesabınıza geri döndüyse kabul edin.
# The same when the order's details are not known (yet).
guard-paid-unknown = Bu emri ödendi olarak işaretlediyseniz, kabul ettiğinizde emir iptal edilir ve kripto satıcıda kalır. Yalnızca paranız hesabınıza geri döndüyse kabul edin.
# The same for an order in another status. $status: the status in words.
guard-other-status = Bu emrin durumu: "{ $status }". Satıcının talebini kabul ederseniz emir iptal edilir.
# The box to tick before an Accept can be sent.
guard-refund-received = { $amount } { $currency } hesabıma geri döndü ya da bu tutarı hiç göndermedim
guard-refund-received-unknown = Param hesabıma geri döndü ya da hiç göndermedim
# Beside the disabled send button.
guard-tick-first = Kabul etmek için önce yukarıdaki kutuyu işaretleyin.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Yanıtlamadan önce
# $days: the account's age in days.
warning-young-account = { $days ->
    [one] Dikkatli olun: bu satıcının hesabı yalnızca bir günlük.
   *[other] Dikkatli olun: bu satıcının hesabı yalnızca { $days } günlük.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Dikkatli olun: bu satıcı Bybit'te henüz tek bir emir bile tamamlamadı.
    [one] Dikkatli olun: bu satıcı Bybit'te yalnızca bir emir tamamladı.
   *[other] Dikkatli olun: bu satıcı Bybit'te yalnızca { $count } emir tamamladı.
}
# $percent: a whole number (62).
warning-low-completion = Dikkatli olun: bu satıcı son 30 günde emirlerinin yalnızca %{ $percent } kadarını tamamladı.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Dikkatli olun: satıcı sizden önce iptal etmenizi istiyor ve paranızı geri ödeyeceğine söz veriyor ("{ $words }"). Emir iptal edildiğinde kripto satıcıda kalır ve satıcıyı size iade yapmaya zorlayan hiçbir şey yoktur.
warning-system-error = Dikkatli olun: satıcı bir sistem hatasından veya başarısız bir ödemeden söz ediyor ("{ $words }"). Banka hesabınızı kendiniz kontrol edin; ödenmiş bir emir bir hata yüzünden iptal edilmez.
warning-off-platform = Dikkatli olun: satıcı Bybit dışında konuşmak istiyor ("{ $words }"). Emir sohbetinde kalın: itiraz ederseniz Bybit destek ekibinin göreceği yer orasıdır.
# Label of the drop-down list of reasons for refusing.
form-reason = Neden
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Bir neden seçin…
# Label of the remark field (free text sent with a refusal).
form-remark = Not (isteğe bağlı)
# Placeholder inside the empty remark field.
form-remark-hint = Satıcının ve Bybit destek ekibinin bilmesi gereken her şey, herhangi bir dilde.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $max ->
    [one] { $count } / { $max } karakter
   *[other] { $count } / { $max } karakter
}
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Hazırlanıyor…
# Button while proof files upload.
form-stop-upload = Yüklemeyi iptal et
form-stop-upload-tooltip = Yüklemeyi durdurur. Yanıtınız gönderilmez ve emir yanıtınızı beklemeye devam eder.
# Button: opens the confirmation dialog.
form-review-and-send = Kontrol et ve gönder…
# Beside the send button while the account is still connecting.
form-account-not-open = Hesap henüz açılmadı.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Göndermeden önce:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = Bu bilgisayarın saati Bybit'in saatinden { $seconds } sn ileri. Uygulama farkı düzeltir, ama sistem ayarlarınızdan otomatik tarih ve saati açın: Bybit, saati ileri olan bilgisayardan gelen istekleri reddeder.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = Bu bilgisayarın saati Bybit'in saatinden { $seconds } sn geri. Uygulama farkı düzeltir, ama sistem ayarlarınızdan otomatik tarih ve saati açın: Bybit, saati ileri olan bilgisayardan gelen istekleri reddeder.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Yanıt kabul edildi
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Yanıt uygulandı (emir okunarak doğrulandı)
form-result-refused = Bybit yanıtı reddetti
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Yanıtınız uygulanmadı
form-result-not-sent = Hiçbir şey gönderilmedi
form-result-unknown = Sonuç bilinmiyor: emri Bybit'te kontrol edin
# Button.
form-send-again = Yeniden gönder
# Button: clears the form for the next order.
form-answer-another = Başka bir emri yanıtla
# Button: opens the History tab.
form-see-in-history = Geçmişte gör

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Kanıt
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Ödemenizin ekran görüntüleri, banka dökümleri (.jpg, .png, .pdf) veya kısa bir video (.mp4), her biri en fazla { $megabytes } MB; ya da bağlantılar. En fazla { $max } adet.
# Under the proof heading: what appeals value most.
proofs-video-advice = Bybit, itirazlarda en çok ekran kaydına (.mp4) önem verir; örneğin banka uygulamanızda ödemeyi gösteren bir kayıt.
# Button: opens a file dialog.
proofs-add-files = Dosya ekle…
# Beside the "Add files…" button.
proofs-drop-hint = veya dosyaları bu pencerenin herhangi bir yerine bırakın
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Dosyalar kontrol ediliyor…
# Label of the field where links are pasted.
proofs-links = Bağlantılar
# Placeholder inside the empty links field.
proofs-links-hint = Bir veya daha fazla bağlantı yapıştırın: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Bağlantıları ekle
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = RESİM
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = LİNK
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Bağlantı
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Kaldır
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = { $name } öğesini kaldır
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } KB
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } MB

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Bu yanıt gönderilsin mi?
# Warning at the top of the dialog.
confirm-cannot-undo = Bu işlem geri alınamaz: yanıt Bybit'e ulaştığı anda kesinleşir.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Ortam
confirm-account = Hesap
confirm-order = Emir
confirm-decision = Karar
confirm-reason = Neden
confirm-proofs = Kanıtlar
confirm-remark = Not
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (dosya, önce yüklenir)
# The "Remark" row when no remark was written.
confirm-remark-none = (yok)
# Button: sends the answer.
confirm-send-now = Şimdi gönder
# Button: closes the dialog without sending.
confirm-go-back = Geri dön
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter gönderir · Esc geri döner

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Emir ayrıntıları
# Shown when no order is chosen yet.
details-empty = Ayrıntılarını burada görmek için soldan bir emir seçin veya emir numarasını yazın.
# Beside a spinner while the order is being read from Bybit.
details-loading = Emir okunuyor…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = Satıcı iptal talep ediyor
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = "{ $reason }"
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = Yanıt için { $time } kaldı
details-no-request = Bu emirde yanıtınızı bekleyen bir iptal talebi yok.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Alıyorsunuz
details-you-sell = Satıyorsunuz
# Row name: the other side of the order (their nickname beside it).
details-seller = Satıcı
details-buyer = Alıcı
details-amount = Tutar
details-price = Fiyat
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $token } başına { $price } { $currency }
details-status = Durum
# Row name: when the order was created (a date and time beside it).
details-created = Oluşturulma
# Row name: the payment methods of the order.
details-payment = Ödeme
# The seller's record, in the order's details.
record-heading = Satıcı
record-account-age = Hesap yaşı
# $days: whole days.
record-days = { $days ->
    [one] 1 gün
   *[other] { $days } gün
}
record-finished = Tamamlanan emirler
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } (30 günde { $recent })
record-completion = Tamamlanma (30 gün)
# $percent: a number (98.6).
record-percent = %{ $percent }
record-ratings = Değerlendirmeler
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = %{ $percent } olumlu ({ $good } olumlu, { $bad } olumsuz)
record-presence = Görülme
record-online = şu anda çevrimiçi
# $time: a date and time.
record-last-seen = son görülme { $time }
record-not-said = belirtilmemiş
record-history = Önceki talepler
record-history-none = bu satıcıdan daha önce talep yok
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = daha önce { $count }: { $accepted } kabul edildi, { $refused } reddedildi
# $error: why, in full sentences.
record-unreadable = Satıcının bilgileri okunamadı. { $error }
# The order's chat, in the details.
chat-heading = Satıcıyla sohbet
chat-loading = Sohbet okunuyor…
# $error: why, in full sentences.
chat-unreadable = Sohbet okunamadı; diğer her şey çalışıyor. { $error }
chat-empty = Bu sohbette mesaj yok.
chat-earlier = Önceki mesajları göster
chat-you = Siz
# A file in the chat. $name: its file name.
chat-picture = Resim: { $name }
chat-pdf = PDF: { $name }
chat-video = Video: { $name }
chat-unknown = (bu uygulamanın gösteremediği bir mesaj türü)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Kanıt olarak kullan
chat-used-as-proof = Kanıtlarınıza eklendi

## The welcome screen (first run, no account yet).

welcome-heading = Satıcının iptal talebini yanıtlayın
welcome-intro = Bybit P2P'de bir satıcı, satın aldığınız bir emri iptal etmek istediğinde talebi kabul eder ya da reddedersiniz. Bu uygulama yanıtınızı, kanıtınızla birlikte, birkaç tıklamayla gönderir.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Bybit API anahtarımı ekle
# Under the "Add my Bybit API key" button.
welcome-key-note = Anahtarınız bir dosyada değil, bu bilgisayarın anahtarlığında saklanır.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Alıştırma modunu dene
# Under the "Try practice mode" button.
welcome-practice-note = Bu bilgisayarda, örnek emirlerle çalışan simüle edilmiş bir borsa. Anahtar gerekmez, gerçek para yok.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Hesap açılıyor…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Bağlı değil
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Bağlantıyı test et
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Çık
# Button: opens the About dialog.
top-about = Hakkında
# Button: opens the Accounts dialog.
top-accounts = Hesaplar…
# Button: opens the Settings dialog.
top-settings = Ayarlar…
# Label of the account picker in the top bar.
top-account = Hesap
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Talebi yanıtla
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = { $count ->
    [one] Talebi yanıtla ({ $count } yeni)
   *[other] Talebi yanıtla ({ $count } yeni)
}
# Tab: the history of answers sent, before it has been read.
top-tab-history = Geçmiş
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = Geçmiş ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = ALIŞTIRMA · gerçek para yok
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · test fonları
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · GERÇEK PARA

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Yanıtınızı bekleyenler
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count ->
    [one] { $count } yeni
   *[other] { $count } yeni
}
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = YENİ
# Button: reads every watched account now.
orders-refresh = Yenile
# Shown beside a spinner while the accounts are being read.
orders-checking = Kontrol ediliyor…
# Shown when the merchant paused the watching.
orders-watching-paused = İzleme duraklatıldı
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit bu bilgisayarı şimdilik reddediyor
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit "403 Forbidden" yanıtını verdi: ya bu internet adresinden çok fazla istek geldi (aynı bağlantıyı kullanan başka uygulamalar veya bilgisayarlar da sayılır) ya da bağlantı Bybit'in hizmet vermediği bir ülkeden geliyor. { $host } üzerindeki tüm hesaplar saat { $time } olana kadar duraklatıldı; sonra kendiliğinden yeniden kontrol edilir.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count ->
    [one] { $account } hesabının bir emri okunamadı: yanıtınızı bekliyor olabilir. Birkaç saniye sonra yeniden denenecek.
   *[other] { $account } hesabının { $count } emri okunamadı: biri yanıtınızı bekliyor olabilir. Birkaç saniye sonra yeniden denenecekler.
}
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Emir { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = son kontrol { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Kontrol
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = her { $count } sn
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = { $count ->
    [one] her dakika
   *[other] her { $count } dakikada
}
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = olabildiğince sık
# Button: pauses the watching.
orders-pause = Duraklat
# Button: resumes the watching.
orders-resume = Sürdür
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: kontrol edilemedi.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Aşağıdaki emirler, son başarılı kontrolde okunanlardır.
# Button: reads the accounts again.
orders-try-again = Yeniden dene
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = { $account } hesabını yeniden kontrol et
# Shown when no cancel request waits.
orders-empty = Yanıtınızı bekleyen bir şey yok.
orders-empty-hint = Bir satıcı emirlerinizden birini iptal etmek istediğinde talep burada görünür.
# Shown before the first list has arrived.
orders-looking = İptal talepleri aranıyor…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Alıştırma: sorun simüle et
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = oluşturulma { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = { $time } kaldı
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Emir { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Emir { $order } { $amount } { $currency }, hesap { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Geçmiş okunuyor…
# The history is empty for the filter chosen.
history-empty-filtered = Bu filtreye uyan yanıt yok.
# The history is empty.
history-empty = Henüz gönderilmiş yanıt yok.
history-empty-hint = Bu pencereden veya komut satırından gönderdiğiniz her yanıt burada görünür.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Zaman
history-column-environment = Ortam
history-column-account = Hesap
history-column-order = Emir
history-column-decision = Karar
history-column-reason = Neden
history-column-proofs = Kanıtlar
history-column-outcome = Sonuç
history-column-latency = Gecikme
# Filter label: an order number.
history-filter-order = Emir
# Hint in the empty order-number filter.
history-filter-order-hint = tüm emirler
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Sonuç
# Filter choice: every outcome.
history-filter-all = Tümü
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count ->
    [one] { $count } kayıt
   *[other] { $count } kayıt
}
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = CSV olarak dışa aktar…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = kabul
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = ret
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } ms
# Button at the end of each row: shows the answer in full.
history-details = Ayrıntılar
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Emir { $order }
# Row names of that dialog.
history-entry-time = Zaman
history-entry-environment = Ortam
history-entry-account = Hesap
history-entry-decision = Karar
history-entry-reason = Neden
history-entry-proofs = Kanıtlar
# The merchant's remark to the seller.
history-entry-remark = Not
history-entry-outcome = Sonuç
# Bybit's answer code (a number).
history-entry-bybit-code = Bybit kodu
# Bybit's message (shown as received).
history-entry-message = Mesaj
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Sonradan kontrol
history-entry-latency = Gecikme
# Button: closes the dialog.
history-entry-close = Kapat

## Settings

# Heading of the Settings dialog.
settings-title = Ayarlar
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Bybit'in yanıtı için bekleme süresi
# Label of the slider of that section.
settings-answer-timeout-seconds = Saniye
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}sn
settings-answer-timeout-explained = Bu süre içinde yanıt gelmezse uygulama, yanıtınızın ulaşıp ulaşmadığını öğrenmek için emri okur; yanıtı asla kendiliğinden ikinci kez göndermez. Yavaş bir bağlantıda bir kanıt dosyasının yüklenmesi dakikalar sürebilir: yükleme ancak bu süre boyunca hiçbir şey ilerlemezse durur.
# Section: how often to read the accounts.
settings-watch = İptal taleplerini kontrol et
settings-watch-explained = Bu pencere simge durumuna küçültülse ya da tepsiye kapatılsa bile tüm hesaplar izlenir. Her yeni talepte ve 3 dakika kaldığında yeniden bir bildirim alırsınız.
# Checkbox.
settings-alert-sound = Her bildirimde ses çal
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Oturum açtığımda tepside başlat
# Section: help from support.
settings-support = Destek
# Button: copies a report for support.
settings-copy-diagnostics = Tanılama bilgisini kopyala
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = destek ekibine yazacağınız mesaj için: sürümler, ayarlar, son günlük satırları; asla anahtar veya gizli anahtar içermez.
# $path: a folder.
settings-logs-folder = Günlüklerin tutulduğu yer: { $path }
# Button: closes the dialog.
settings-close = Kapat
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = { $app } hakkında…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Sürüm { $version }, { $os } ({ $arch }) için
about-licence = MIT lisansı altında özgür yazılım: özgürce kullanın, kopyalayın ve paylaşın.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Lisans metni
# Button.
about-open-data-folder = Veri klasörünü aç
# Button.
about-open-logs-folder = Günlük klasörünü aç
about-data-folder-explained = Veri klasöründe geçmiş, hesap adları ve ayarlar bulunur. API anahtarları asla orada değildir: sistem anahtarlığında kalırlar.
# Button: closes the dialog.
about-close = Kapat

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Bağlantı kontrolü: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Saat, anahtar ve P2P hesabı kontrol ediliyor…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: Tamam
check-dialog-step-warning = { $step }: Uyarı
check-dialog-step-problem = { $step }: Sorun
# $advice: a sentence saying what to do.
check-dialog-advice = Ne yapmalı: { $advice }
# Button: closes the dialog.
check-dialog-close = Kapat

## Accounts

# Heading of the Accounts dialog.
accounts-title = Hesaplar
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Evet, { $account } hesabını sil
# Button: does not delete the account.
accounts-keep = Vazgeç
# Button. $account: the account's name.
accounts-delete = { $account } hesabını sil
# Button: checks the account's connection. $account: the account's name.
accounts-test = { $account } hesabını test et
# Section: adding an API key.
accounts-add = Hesap ekle
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = Bybit'te Hesap > API Yönetimi > Yeni Anahtar Oluştur'u açın, "Sistem tarafından oluşturulan" seçeneğini seçin ve P2P emir iznini işaretleyin.
# Field label: the account's name, chosen by the merchant.
accounts-name = Ad
# Example name in the empty field.
accounts-name-hint = Ana mağaza
# Field label: which Bybit site the key was made on.
accounts-environment = Ortam
# The environment field before a choice.
accounts-environment-choose = Seçin…
accounts-api-key = API anahtarı
accounts-api-secret = API gizli anahtarı
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Anahtarlığa kaydediliyor…
# Main button: saves the key in the system keyring.
accounts-save = Anahtarlığa kaydet
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Bu anahtarı uygulamayı kapatana kadar kullan
# Button: closes the dialog.
accounts-close = Kapat
# Errors of the form.
accounts-choose-environment = Bu anahtarın oluşturulduğu ortamı seçin.
accounts-paste-key = API anahtarını yapıştırın.
accounts-paste-secret = API gizli anahtarını yapıştırın.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Gizle
notice-busy = Uygulama meşgul; birazdan yeniden deneyin.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Hesaplarınızı yeniden eklemeniz gerekecek.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Kanıt dosyaları yalnızca iptali reddettiğinizde gönderilir: kullanmak için "İptali reddet" seçeneğini seçin.
notice-account-not-open = Hesap henüz açılmadı; biraz bekleyin ya da başka bir hesap seçin.
# $account: the account's name.
notice-key-kept-for-session = { $account }: anahtar uygulamayı kapatana kadar tutulur, sonra unutulur.
# $account: the account's name.
notice-key-saved = { $account }: anahtar bu bilgisayarın anahtarlığına kaydedildi.
# $account: the account's identifier.
notice-key-removed = { $account } hesabının anahtarı anahtarlıktan kaldırıldı.
# $error: the system's reason.
notice-key-not-removed = Anahtar anahtarlıktan kaldırılamadı: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = Dosya seçilmedi. Dosya penceresi açılmadıysa dosyaları bu pencereye sürükleyip bırakın.
# $error: the system's reason.
notice-start-at-login-failed = Oturum açılışında başlatma ayarı değiştirilemedi: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: Bybit yavaşlamamızı istedi (bu anahtarla çok fazla istek gönderildi, belki de onu kullanan başka bir araç tarafından). Önümüzdeki { $minutes } dakika boyunca bu hesap { $seconds } sn arayla kontrol edilecek.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = uygulama disk görüntüsünden çalışıyor. Uygulamayı Uygulamalar klasörüne sürükleyin, oradan açın ve bu ayarı yeniden etkinleştirin.
# $error: the system's reason.
notice-settings-not-saved = Ayarlar kaydedilemedi: { $error }
notice-diagnostics-copied = Tanılama bilgisi kopyalandı. Destek ekibine yazacağınız mesaja yapıştırın: içinde anahtar veya gizli anahtar yoktur.
# $count: how many answers were written; $path: the file.
notice-exported = { $count ->
    [one] { $count } kayıt dışa aktarıldı: { $path }
   *[other] { $count } kayıt dışa aktarıldı: { $path }
}
# $error: the reason.
notice-export-failed = Dışa aktarma başarısız oldu: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = Klasör açılamadı ({ $error }). Klasörün yeri: { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Kanıt olarak eklemek için bırakın
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = İptal talepleri tepside izlenmeye devam ediyor. Çıkmak için tepsi menüsünden "Çık" seçeneğini seçin.
# Tray menu. $app: the app's name (app-title).
tray-open = { $app } uygulamasını aç
tray-refresh = Şimdi yenile
tray-pause = İzlemeyi duraklat
tray-resume = İzlemeyi sürdür
tray-quit = Çık
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: Yanıtınızı bekleyen iptal talebi yok
    [one] { $app }: { $count } iptal talebi yanıtınızı bekliyor
   *[other] { $app }: { $count } iptal talebi yanıtınızı bekliyor
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: Yanıtınızı bekleyen iptal talebi yok (izleme duraklatıldı)
    [one] { $app }: { $count } iptal talebi yanıtınızı bekliyor (izleme duraklatıldı)
   *[other] { $app }: { $count } iptal talebi yanıtınızı bekliyor (izleme duraklatıldı)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Satın aldığınız bir emri iptal etmek isteyen Bybit P2P satıcısına yanıt verin: talebi kabul edin ya da kanıtla reddedin.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Satın aldığınız bir emri iptal etmek isteyen Bybit P2P satıcısına yanıt verin: talebi kabul edin ya da kanıtla reddedin.

    Komut verilmezse pencere açılır. Komutlar için kimlik bilgileri, `keys add` ile kaydedilmiş bir hesaptan (--profile NAME) ya da BYBIT_API_KEY ve BYBIT_API_SECRET ortam değişkenlerinden alınır; --practice için hiçbiri gerekmez.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Çıkış durumu: 0 borsa kabul etti, 1 borsa reddetti, 2 geçersiz girdi (hiçbir şey gönderilmedi), 3 ağ hatası veya bilinmeyen sonuç.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Pencereyi alıştırma modunda aç: bu bilgisayarda simüle edilmiş bir borsa, API anahtarı gerekmez
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Pencereyi göstermeden tepside başlat (oturum açılışında başlarken olduğu gibi); tepsinin görünmediği yerlerde pencere her zamanki gibi açılır
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Pencereyi bu emir yanıtlanmaya hazır olarak aç (uygulama zaten açıksa emri açık olan uygulama devralır)

# The commands, as --help lists them.
cli-about-review = Satın aldığınız bir emri iptal etmek isteyen satıcının talebini yanıtla
cli-about-orders = Satıcısı iptal talep etmiş ve yanıtınızı bekleyen alış emirlerinizi listele
cli-about-order = Tek bir emri göster: tutarlar, satıcı, durum, ödeme ve satıcının iptal talebi
cli-about-check = Bağlantıyı test et: saatin Bybit'in saatiyle farkı, anahtarın yetkileri, P2P hesabı
cli-about-watch = Ctrl+C ile durdurulana kadar iptal taleplerini izle: her yeni talep ve her süre uyarısı (3 dakika kala) için bir satır; önce zaten bekleyen talepler
cli-about-practice-server = Alıştırma borsasını Ctrl+C ile durdurulana kadar 127.0.0.1 üzerinde çalıştır
cli-about-keys = Hesaplarınızın API anahtarlarını kaydet, listele veya sil (işletim sisteminin anahtarlığında tutulur)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Bybit ortamı: mainnet (varsayılan), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id veya practice
cli-help-base-url = Başka herhangi bir Bybit API sunucusu (yalnızca https; http yalnızca 127.0.0.1 veya localhost üzerinde)
cli-help-practice = Yerleşik alıştırma borsasını ve alıştırma hesabını kullan (anahtar gerekmez)
cli-help-profile = `keys add` ile kaydedilmiş bir hesabı kullan (anahtarı anahtarlıktan, ortamı hesaptan alınır). BYBIT_API_KEY ve BYBIT_API_SECRET ayarlanmışsa yine onlar geçerlidir
cli-help-timeout = Hiçbir şey ilerlemezken beklenecek süre, saniye: Bybit'ten yanıt gelmemesi ya da yüklenen kanıt dosyasından tek bir bayt bile alınmaması. Yavaş bir bağlantıda büyük bir dosya, ilerlediği sürece dakikalar sürebilir (1 ile 300 arası)
cli-help-json = Cümle yerine tek bir JSON nesnesi yazdır

# Flags of `review` (and the order number of `order`).
cli-help-order = Emir numarası (yalnızca rakamlar)
cli-help-pass = Satıcının iptal talebini kabul et. Yalnızca emri ve kararı gönderir
cli-help-reject = Satıcının iptal talebini reddet; --reason ve en az bir --proof veya --proof-file gerekir
# The three reasons are values to type: keep them.
cli-help-reason = Reddetme nedeni: have-made-payment, have-not-received-full-refund veya others
cli-help-proof = Bir kanıt bağlantısı (https:// veya http://, virgül ve boşluk olmadan). Daha fazlası için tekrarlayın
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = Önce yüklenecek bir kanıt dosyası: .jpg, .jpeg, .png, .pdf veya .mp4, en fazla { $megabytes } MB. Daha fazlası için tekrarlayın
# $characters: the longest remark (500).
cli-help-remark = { $characters ->
        [one] Ret için bir not (en fazla { $characters } karakter)
       *[other] Ret için bir not (en fazla { $characters } karakter)
    }

# Flags of `watch`.
cli-help-interval = Bir turun süresi, saniye: ödendi olarak işaretlenmiş her emir her turda bir kez okunur. Varsayılan değer olan 8, "olabildiğince sık" demektir; tur ne olursa olsun bir hesap saniyede 1,5 kereden fazla okunmaz (1 ile 3600 arası)
cli-help-all = `keys add` ile kaydedilmiş tüm hesapları izle, her birini kendi anahtarı ve istek bütçesiyle

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = 127.0.0.1 üzerindeki port (0 boş bir port seçer)
cli-help-trouble = Uygulamanın nasıl başa çıktığını görmek için sorun simüle et
cli-help-late-by = --trouble late-answer ile: yanıtın kaç saniye geç geleceği
cli-help-latency = Her yanıta bir ağ gidiş-dönüş süresi ekle, milisaniye cinsinden (Bybit'e uzak bir tüccarın bekleyişini görmek için; performans testlerinde kullanılır)
cli-help-second-book = İkinci bir örnek emir seti tut (başka emirler, başka satıcılar), iki hesapla aynı anda alıştırma yapmak için: bu borsayı `keys add NAME --env practice --base-url URL` ile bir hesap olarak kaydedin
cli-help-refund-received = --pass ile: ödediğiniz paranın hesabınıza geri döndüğünü ya da parayı hiç göndermediğinizi onaylar (kabul etmek emri iptal eder ve kripto satıcıda kalır)
cli-help-paid = Örnek emirler yerine: henüz iptal talebi olmayan, ödendi olarak işaretlenmiş bu sayıda emir (--unpaid ile birlikte, izlenecek yoğun bir tüccar günü)
cli-help-unpaid = --paid ile: ödemenizi bekleyen bu sayıda emir
cli-help-new-request-every = Bir satıcının, ödendi olarak işaretlenmiş emirlerden birini iptal etmek istemesinin sıklığı, saniye (0: hiçbir zaman)

cli-usage = Kullanım: { $usage }
cli-heading-commands = Komutlar
cli-heading-arguments = Bağımsız değişkenler
cli-heading-options = Seçenekler
cli-help-help = Yardımı göster
cli-help-version = Sürümü göster
cli-help-help-command = Bu yardımı ya da belirtilen komutun yardımını göster
cli-default = varsayılan: { $value }
cli-error = hata: { $message }
cli-error-missing = zorunlu ama verilmedi: { $arguments }
cli-error-unknown-argument = beklenmeyen bağımsız değişken: { $argument }
cli-error-unknown-command = bilinmeyen komut: { $command }
cli-error-invalid-value = { $value }, { $argument } için geçerli bir değer değil
cli-error-possible-values = olası değerler: { $values }
cli-error-conflict = { $argument }, { $other } ile birlikte kullanılamaz
cli-error-missing-command = bir komut gerekli
cli-error-similar = şunu mu demek istediniz: { $suggestion }?
cli-error-more = Daha fazla bilgi için '--help' deneyin.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Başlatılamadı: { $error }
cli-choose-pass-or-reject = İptali kabul etmek için --pass, reddetmek için --reject yazın.
# The history could not be opened. $error: why.
cli-nothing-sent = Hiçbir şey gönderilmedi: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Bilgi: bu bilgisayarın saati Bybit'in saatinden { $seconds } sn ileri. Uygulama farkı düzeltti; sistem ayarlarınızdan otomatik tarih ve saati açın.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Bilgi: bu bilgisayarın saati Bybit'in saatinden { $seconds } sn geri. Uygulama farkı düzeltti; sistem ayarlarınızdan otomatik tarih ve saati açın.

# practice-server: $url is the exchange's address.
cli-practice-listening = Alıştırma borsası { $url } adresinde dinliyor
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Simüle edilen sorun: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Her yanıt, uzak bir ağdaymış gibi { $milliseconds } ms daha geç gelir.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  { $order } numaralı emrin satıcısı iptal talep etti.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = API anahtarı: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = API gizli anahtarı: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Deneyin: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Durdurmak için Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = Alıştırma borsası { $port } portunda başlatılamadı: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = Alıştırma borsası başlatılamadı: { $error }

# $name: what was typed after --profile.
cli-no-account-named = "{ $name }" adlı bir hesap yok. `p2p-cancel-review keys list` komutuna bakın ya da `keys add` ile bir hesap kaydedin.
cli-account-address-invalid = Bu hesabın adresi geçerli bir URL değil.
# In the terminal and in the window.
cli-environment-no-address = Bu ortamın adresi yok.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = { $variable } değişkenindeki anahtar
# $name: a saved account's name.
cli-no-key-saved = "{ $name }" için kayıtlı anahtar yok. `p2p-cancel-review keys add` ile yeniden ekleyin.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = API anahtarı yok: --profile NAME kullanın (`keys add` ile kaydedilmiş) ya da { $key_variable } ve { $secret_variable } değişkenlerini ayarlayın; veya --practice deneyin.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Emirleriniz okunamadı. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Hiçbir şey gönderilmedi. Kabul etmek emri iptal eder ve kripto satıcıda kalır: ödeme yaptıysanız paranız ancak satıcı iade ederse geri gelir. Paranız hesabınıza geri döndüyse ya da hiç göndermediyseniz --refund-received ile onaylayın.
# order ID: the sections after the order's facts.
cli-order-warnings = Yanıtlamadan önce bilmeniz gerekenler:
cli-order-record = Satıcı:
cli-order-chat = Sohbetteki son mesajlar (en eskisi önce):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (kanıt olarak kullanmak için: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count ->
    [one] Ödendi olarak işaretlenmiş bir emir okunamadı, bu yüzden yukarıda eksik olabilir:
   *[other] Ödendi olarak işaretlenmiş { $count } emir okunamadı, bu yüzden yukarıda eksik olabilirler:
}
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Yanıtınızı bekleyen bir şey yok ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count ->
        [one] Yanıtınızı bekleyen { $count } emir var ({ $environment }), en acil olan başta:
       *[other] Yanıtınızı bekleyen { $count } emir var ({ $environment }), en acil olan başta:
    }
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $quantity } { $token } için { $amount } { $currency }  satıcı { $seller }  oluşturulma { $created }  yanıt için { $left } kaldı
# Time left to answer, when not known.
cli-unknown = bilinmiyor
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = zaman bilinmiyor

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = { $order } numaralı emir okunamadı. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Emir { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = { $amount } { $currency } karşılığında { $quantity } { $token } alıyorsunuz, birim fiyat { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = { $amount } { $currency } karşılığında { $quantity } { $token } satıyorsunuz, birim fiyat { $price }
# $name: the other side's nickname.
cli-order-seller = Satıcı: { $name }
# $name: the other side's nickname.
cli-order-buyer = Alıcı: { $name }
# $status: the order's status in words.
cli-order-status = Durum: { $status }
# $time: date and time.
cli-order-created = Oluşturulma: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Ödeme: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = Satıcı iptal talep ediyor: "{ $reason }". Yanıt için { $left } kaldı.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = Satıcı iptal talep ediyor: neden belirtilmedi. Yanıt için { $left } kaldı.
cli-order-no-cancel-request = Yanıtınızı bekleyen bir iptal talebi yok.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = { $account } kontrol ediliyor ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = TAMAM
cli-check-mark-warning = UYARI
cli-check-mark-problem = SORUN
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = Ne yapmalı: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = İzleniyor: { $accounts }, { $seconds } sn arayla. Önce zaten bekleyen talepler, sonra her yeni talep gösterilir. Durdurmak için Ctrl+C.
cli-watch-no-accounts = Henüz kayıtlı hesap yok: `p2p-cancel-review keys add` ile bir hesap ekleyin.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: kontrol edilemedi. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  yeni iptal talebi  { $account }  emir { $order }  { $amount } { $currency }  satıcı { $seller }  yanıt için { $left } kaldı
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  süre dolmak üzere  { $account }  emir { $order }  { $amount } { $currency }  satıcı { $seller }  yanıt için { $left } kaldı

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Bir hesabın API anahtarını ve gizli anahtarını işletim sisteminin anahtarlığına kaydet. İkisini de sorar (gizli anahtar görünmez); bir betikten kullanırken standart girdiden verin: ilk satırda anahtar, ikinci satırda gizli anahtar
# Help of the NAME given to `keys add`.
keys-help-add-name = Hesap için bir ad; --profile ile kullanılır
keys-help-env = Anahtarın oluşturulduğu Bybit ortamı: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae veya id
keys-help-base-url = Bu hesabın isteklerini başka bir adrese gönder (yalnızca https; http yalnızca bu bilgisayarda, örneğin `practice-server` ile çalışır durumda tutulan bir alıştırma borsası)
keys-about-list = Kayıtlı hesapları listele (anahtarları asla gösterilmez)
keys-help-json = Satırlar yerine tek bir JSON dizisi
keys-about-delete = Bir hesabı sil ve anahtarını anahtarlıktan kaldır
# Help of the NAME given to `keys delete`.
keys-help-delete-name = Hesabın adı

keys-practice-needs-no-key = Alıştırma hesabı anahtar gerektirmez: --practice kullanın. (`practice-server` ile çalışır durumda tutulan bir alıştırma borsası için onun --base-url adresini verin.)
# $reason: why, in a sentence.
keys-nothing-saved = Hiçbir şey kaydedilmedi. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = "{ $name }" kaydedildi ({ $environment }): anahtar bu bilgisayarın anahtarlığında. --profile "{ $name }" ile kullanın.
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = API anahtarı (görünmez):
keys-prompt-secret = API gizli anahtarı (görünmez):
keys-two-lines-needed = Hiçbir şey kaydedilmedi: ilk satırda API anahtarını, ikinci satırda gizli anahtarı verin.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Hiçbir şey kaydedilmedi: Windows'ta bu terminal de yazdıklarınızı okur ve gizli anahtar terminalin geçmişinde kalabilir. Anahtarı uygulama penceresinden (Hesaplar) ekleyin ya da API anahtarını ve gizli anahtarı standart girdiden, her satıra bir tane olacak şekilde verin.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = anahtar anahtarlıkta
keys-state-missing = anahtar eksik: yeniden ekleyin
keys-state-keyring-unavailable = anahtarlık kullanılamıyor
# Keep the command to copy as it is.
keys-no-accounts = Henüz hesap yok. Şu komutla bir hesap ekleyin: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = "{ $name }" adlı bir hesap yok.
# $error: the system's reason.
keys-key-not-removed = Anahtar kaldırılamadı: { $error }
# $name: the account's name.
keys-deleted = "{ $name }" silindi ve anahtarı anahtarlıktan kaldırıldı.

## The window's background work.

worker-account-not-open = Bu hesap henüz açılmadı; biraz bekleyip yeniden deneyin.
worker-account-not-open-nothing-sent = Bu hesap henüz açılmadı; hiçbir şey gönderilmedi. Biraz bekleyip yeniden deneyin.
# $error: why the history file cannot be written.
worker-history-unwritable = Hiçbir şey gönderilmedi: geçmiş yazılamıyor ({ $error }) ve hiçbir yanıt kayda geçmeden gönderilmez.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = İptal talebi · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $seller } satıcısından { $amount } { $currency }: yanıt için { $left } kaldı (emir { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Süre dolmak üzere · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = { $seller } satıcısının iptal talebini yanıtlamak için yalnızca { $left } kaldı ({ $amount } { $currency }, emir { $order }).
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = az süre
# Button on a notification: opens the app at the order.
alert-action-open = Aç

## File dialogs.

dialog-proof-files-title = Kanıt dosyalarını seçin
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Fotoğraflar, PDF, videolar
dialog-export-history-title = Geçmişi CSV olarak dışa aktar
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Dil
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Sistemle aynı ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Metin boyutu: büyütmek için Ctrl ve +, küçültmek için Ctrl ve −, sıfırlamak için Ctrl ve 0 (Mac'te Cmd).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Mesajların dili: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN veya fr (varsayılan olarak sistemin dili: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = Pencere açılamadı: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = Uygulama zaten açık ama yanıt vermedi: { $error }. Tepsideki simgesinden uygulamayı kapatın (ya da Görev Yöneticisi'nden sonlandırın), sonra yeniden başlatın.
