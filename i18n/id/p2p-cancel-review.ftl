# P2P Cancel Review — Bahasa Indonesia (translated from the English reference file).
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = Pembatalan P2P
# The language's own name, in the language picker (Settings).
language-name = Bahasa Indonesia
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Permintaan pembatalan P2P Bybit
desktop-comment = Jawab permintaan penjual P2P Bybit untuk membatalkan pesanan yang Anda beli
desktop-keywords = Bybit;P2P;kripto;batal;pesanan;
desktop-action-practice = Mode latihan (tanpa kunci, tanpa uang asli)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit menolak salah satu isian permintaan: { $message }. Periksa nomor pesanan, alasan, dan bukti. (Kode Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = Jam komputer Anda { $seconds } detik lebih cepat daripada jam Bybit, sehingga Bybit menolak permintaan. Aktifkan waktu otomatis di pengaturan sistem, lalu coba lagi. (Kode Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = Jam komputer Anda { $seconds } detik lebih lambat daripada jam Bybit, sehingga Bybit menolak permintaan. Aktifkan waktu otomatis di pengaturan sistem, lalu coba lagi. (Kode Bybit { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = Jam komputer Anda berbeda dengan jam Bybit, sehingga Bybit menolak permintaan. Aktifkan waktu otomatis di pengaturan sistem, lalu coba lagi. (Kode Bybit { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit tidak mengenali kunci API ini. Periksa kuncinya, dan pastikan kunci itu dibuat untuk lingkungan ini: kunci mainnet tidak berfungsi di testnet, begitu pula sebaliknya. (Kode Bybit { $code }: { $message })
error-api-10004 = Tanda tangan tidak cocok, artinya kunci rahasia API salah. Masukkan lagi kunci rahasianya, atau buat kunci API baru di Bybit. (Kode Bybit { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = Kunci API ini tidak diizinkan mengelola pesanan P2P. Di Bybit, edit kunci tersebut dan centang izin pesanan P2P (FiatP2P). (Kode Bybit { $code }: { $message })
error-api-10006 = Terlalu banyak permintaan dari akun ini dalam waktu singkat. Tunggu beberapa detik, lalu coba lagi. (Kode Bybit { $code }: { $message })
error-api-10010 = Kunci API ini hanya berfungsi dari alamat IP lain. Di Bybit, tambahkan alamat IP komputer ini ke kunci tersebut, atau hapus pembatasan IP-nya. (Kode Bybit { $code }: { $message })
error-api-10016 = Terjadi kesalahan internal di Bybit. Coba lagi dalam satu menit. (Kode Bybit { $code }: { $message })
error-api-10017 = Bybit tidak mengenali permintaan ini. Pastikan lingkungan atau alamatnya adalah host API Bybit. (Kode Bybit { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Akun Bybit ini tidak boleh memakai API P2P: Bybit hanya mengizinkannya untuk Pengiklan Umum P2P (P2P General Advertiser). Ajukan status pengiklan di halaman P2P Bybit. (Kode Bybit { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit menolak permintaan: { $message }. (Kode Bybit { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = Jawaban Bybit tidak dapat dipahami (HTTP { $status }), jadi hasilnya tidak diketahui. Awal jawabannya: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = Tidak dapat menghubungi { $host }; tidak ada yang terkirim. Periksa koneksi internet, lalu coba lagi. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Tidak ada jawaban dari Bybit dalam { $seconds } detik, jadi hasilnya tidak diketahui.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = Unggahan berhenti: tidak ada kemajuan selama { $seconds } detik, dengan { $reached } sudah terkirim. Periksa koneksi internet Anda, lalu coba lagi.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } dari { $total } MB
# $detail: the system's technical reason.
error-connection-lost = Koneksi ke Bybit terputus sebelum jawaban tiba, jadi hasilnya tidak diketahui. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Komputer ini tidak dapat membuka koneksi aman: { $detail }. Di Linux, instal paket ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = Bybit menolak kredensial (HTTP 401). Periksa kunci API dan kunci rahasianya.
http-403 = Bybit memblokir permintaan dari alamat IP ini (HTTP 403). Mungkin ada terlalu banyak permintaan (tunggu minimal 10 menit sebelum mencoba lagi), atau Bybit tidak melayani negara tempat komputer ini terhubung.
http-404 = Bybit tidak mengenali alamat ini (HTTP 404). Periksa lingkungan atau URL dasar.
http-429 = Bybit sedang membatasi lalu lintas (HTTP 429). Coba lagi dalam satu menit.
# $status: an HTTP status from 500 to 599.
http-server-problem = Server Bybit sedang bermasalah (HTTP { $status }). Coba lagi dalam beberapa menit.
# $status: any other HTTP status.
http-other = Bybit menjawab dengan HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } Awal jawabannya: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Latihan
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Belanda
env-hong-kong = Hong Kong
env-turkey = Turki
env-kazakhstan = Kazakhstan
env-georgia = Georgia
env-uae = UEA
env-indonesia = Indonesia
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = lingkungan '{ $name }' tidak dikenal; gunakan salah satu dari: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = '{ $url }' bukan alamat web; tulis seperti https://api.bybit.com
env-url-not-https = '{ $url }' tidak terenkripsi: hanya alamat https:// yang diizinkan (http:// biasa hanya di komputer ini, 127.0.0.1 atau localhost)
env-url-has-extras = '{ $url }' harus berupa host saja (seperti https://api.bybit.com), tanpa path, query, atau kata sandi

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = menunggu blockchain
status-waiting-payment = menunggu pembeli membayar
status-waiting-release = menunggu penjual melepaskan koin
status-under-appeal = dalam proses banding
status-cancelled = dibatalkan
status-finished = selesai
status-payment-in-progress = pembayaran sedang diproses
status-payment-failed = pembayaran gagal
status-cancelled-exception = dibatalkan (pengecualian)
status-waiting-token-choice = menunggu pembeli memilih token
status-objection-in-progress = keberatan sedang diproses
status-waiting-objection = menunggu keberatan
status-unknown = dalam keadaan tidak diketahui
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = jenis pembayaran { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = Belum ada kunci API yang tersimpan untuk akun ini. Tambahkan lagi di Akun.
keyring-not-kept = Penyimpanan kunci tidak menyimpan kunci dengan benar: saat dibaca kembali, isinya berbeda. Coba lagi, atau gunakan kunci ini hanya untuk sesi ini.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = Penyimpanan kunci gagal: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = kunci yang tersimpan rusak; tambahkan lagi
# $detail: the system's own words.
keyring-locked = Penyimpanan kunci menolak akses ({ $detail }). Buka kunci penyimpanan tersebut (di Linux: keyring login Anda), lalu coba lagi.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = Komputer ini tidak menjalankan layanan penyimpanan kunci, sehingga kunci tidak dapat disimpan dengan aman. Di Linux, instal GNOME Keyring (paket Debian/Ubuntu gnome-keyring) atau KWallet, keluar lalu masuk lagi ke sesi Anda, kemudian tambahkan kuncinya. Sementara itu, Anda dapat memakai kunci hanya untuk sesi ini: kunci disimpan di memori dan dilupakan saat aplikasi ditutup.
# $detail: the system's own words.
keyring-macos-unavailable = Keychain macOS tidak dapat dibuka: { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Manajer Kredensial Windows tidak dapat dibuka: { $detail }
keyring-unsupported-system = Sistem ini tidak memiliki penyimpanan kunci yang didukung.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Akun latihan
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = File akun { $path } tidak dapat dibaca: { $reason }
# $reason: the system's own words.
account-file-unsaved = File akun tidak dapat disimpan: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Beri nama akun, misalnya "Utama" atau "Toko 2".
# $max: the longest name allowed, in characters.
account-name-too-long = Nama lebih dari { $max } karakter.
account-name-invisible = Nama mengandung karakter tak terlihat.
# $name: the name the merchant typed.
account-name-taken = Sudah ada akun bernama "{ $name }".

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Waktu server
check-step-api-key = Kunci API
check-step-p2p-account = Akun P2P
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Waktu server Bybit tidak dapat dibaca. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = Kunci tidak dapat diperiksa. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Terhubung ke akun P2P "{ $nickname }" (pengguna { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = Jam komputer ini { $seconds } detik lebih cepat daripada jam Bybit. Bybit menolak permintaan dari jam yang lebih cepat; aplikasi ini mengoreksinya, tetapi alat lain tidak.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = Jam komputer ini { $seconds } detik lebih lambat daripada jam Bybit. Aplikasi ini mengoreksinya.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = Jam komputer ini sesuai dengan jam Bybit (selisih tidak lebih dari { $seconds } detik).
check-clock-advice = Aktifkan tanggal dan waktu otomatis di pengaturan sistem.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = Kunci ini hanya-baca: bisa menampilkan pesanan, tetapi tidak bisa menjawab permintaan pembatalan.
check-key-read-only-advice = Buat kunci baru dengan akses baca-tulis.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = baca-tulis
# A fact in the list.
check-key-p2p-permission = memiliki izin pesanan P2P
check-key-no-p2p-permission = Kunci ini tidak memiliki izin pesanan P2P.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = Di Bybit, edit kunci tersebut dan centang izin pesanan P2P (FiatP2P).
# A fact in the list.
check-key-any-ip = dapat dipakai dari alamat IP mana pun
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = hanya berfungsi dari { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = sudah kedaluwarsa pada { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = kedaluwarsa pada { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = Kunci berfungsi: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Buat kunci baru sebelum kunci ini kedaluwarsa, lalu tambahkan lagi di sini.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Terima pembatalan
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Tolak pembatalan

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = Saya sudah membayar
reason-have-not-received-full-refund = Saya belum menerima pengembalian dana penuh
# "Some other reason".
reason-others = Lainnya
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = '{ $value }' bukan alasan yang diterima Bybit; gunakan have-made-payment, have-not-received-full-refund, atau others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Masukkan nomor pesanan.
review-order-id-not-digits = Nomor pesanan hanya berisi angka (seperti 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = Nomor pesanan paling banyak { $max } digit; nomor ini { $count } digit.
review-proof-link-empty = Ada tautan bukti yang kosong.
# $max: the most characters a link may have.
review-proof-link-too-long = Tautan bukti lebih dari { $max } karakter.
# $link: the link as typed (a URL).
review-proof-link-comma = Tautan bukti { $link } mengandung koma, padahal Bybit memakai koma untuk memisahkan bukti.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = Tautan bukti { $link } mengandung spasi atau karakter tak terlihat.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = Tautan bukti { $link } harus diawali https:// atau http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = Catatan berisi { $count } karakter; batasnya { $max }.
review-remark-control-characters = Catatan mengandung karakter kontrol yang tak terlihat.
review-decision-missing = Pilih apakah Anda menerima atau menolak pembatalan.
review-reason-missing = Pilih alasan Anda menolak pembatalan.
review-proofs-missing = Tambahkan minimal satu bukti: tangkapan layar, PDF, atau tautan.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = Paling banyak { $max } bukti dapat dikirim; hapus { $extra }.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = Gambar JPEG
proof-kind-png = Gambar PNG
proof-kind-pdf = Dokumen PDF
proof-kind-mp4 = Video MP4
# $name: the file's name or path.
proof-file-not-found = File bukti { $name }: file tidak ditemukan.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = File bukti { $name }: ini { $what ->
        [folder] sebuah folder
        [pipe] sebuah pipe
        [socket] sebuah socket
        [device] sebuah perangkat
       *[other] sesuatu yang lain
    }, bukan file biasa. Pilih file foto, PDF, atau video.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = File bukti { $name }: file tidak dapat dibaca ({ $reason }).
proof-file-empty = File bukti { $name }: file kosong.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = File bukti { $name }: { $size } MB terlalu besar; batasnya { $limit } MB. Kirim foto yang lebih kecil atau video yang lebih pendek.
# The extensions are literal.
proof-file-wrong-extension = File bukti { $name }: hanya file .jpg, .jpeg, .png, .pdf, dan .mp4 yang diterima.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = File bukti { $name }: menurut namanya ini { $claimed ->
        [jpeg] gambar JPEG
        [png] gambar PNG
        [pdf] dokumen PDF
       *[mp4] video MP4
    }, tetapi isinya { $found ->
        [jpeg] gambar JPEG
        [png] gambar PNG
        [pdf] dokumen PDF
        [mp4] video MP4
       *[other] jenis lain
    }. Ekspor ulang dalam format yang benar.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Mengunggah bukti { $index } dari { $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, sisa sekitar { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Mengirim jawaban…
submit-checking = Tidak ada jawaban yang jelas dari Bybit: membaca pesanan untuk melihat apakah jawaban sudah sampai…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit meminta pengiriman diperlambat; mengirim lagi dalam { $seconds } detik…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Tidak ada yang terkirim: riwayat tidak dapat ditulis, dan tidak ada jawaban yang dikirim tanpa dicatat di riwayat. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = Tidak ada yang terkirim untuk pesanan { $order }: { $error }
# $name: the proof file's name.
submit-report-upload-failed = Tidak ada yang terkirim untuk pesanan { $order }: bukti { $name } tidak dapat diunggah. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Tidak ada yang terkirim: Anda menghentikan unggahan { $name } pada { $reached }. Pesanan { $order } masih menunggu jawaban Anda.
submit-report-not-applied = Jawaban Anda untuk pesanan { $order } tidak diterapkan. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } Aplikasi lalu membaca pesanan { $order }: pesanan masih menunggu jawaban Anda, jadi jawaban Anda tidak diterapkan. Aman untuk mengirimnya lagi.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } Aplikasi lalu membaca pesanan { $order }: pesanan tidak lagi menunggu jawaban Anda (sekarang { $status }), jadi jawaban Anda sudah diterapkan, dipastikan dengan membaca pesanan.
# $check: why reading the order failed.
submit-report-check-failed = { $error } Aplikasi lalu mencoba membaca pesanan { $order } untuk memastikannya, tetapi gagal ({ $check }). Buka pesanan di Bybit sebelum mengirim lagi.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Selesai: Anda menerima pembatalan pesanan { $order } oleh penjual ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Selesai: Anda menolak pembatalan pesanan { $order } oleh penjual ({ $environment }), alasan "{ $reason }", dengan { $count } bukti.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = File riwayat { $path } tidak dapat dibuka: { $error }
submit-history-unusable = Riwayat tidak dapat dibaca atau ditulis: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = Folder { $path } tidak dapat dibuat: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = file riwayat rusak: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = File riwayat tidak dapat dibaca ({ $error }). File itu disisihkan sebagai { $path } dan riwayat baru dimulai; riwayat lama Anda ada di file tersebut.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = tidak diketahui — periksa pesanan
outcome-accepted = diterima
outcome-refused = ditolak
outcome-not-sent = tidak terkirim
outcome-unknown = tidak diketahui

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = waktu
csv-column-environment = lingkungan
csv-column-account = akun
csv-column-order = pesanan
csv-column-decision = keputusan
csv-column-reason = alasan
csv-column-proofs = bukti
csv-column-remark = catatan
csv-column-outcome = hasil
csv-column-code = kode
csv-column-message = pesan
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = latensi_ms
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = verifikasi
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = File tidak dapat ditulis: { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } dtk
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } mnt { $seconds } dtk
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } jam { $minutes } mnt
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } mnt
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = waktu tidak diketahui

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Tanpa gangguan
trouble-late-answer = Bybit memproses, tetapi menjawab terlambat
trouble-dropped-connection = Koneksi terputus setelah Bybit memproses
trouble-server-error = Bybit gagal karena kesalahan server (tidak memproses)
trouble-web-page = Bybit memproses, tetapi menjawab dengan halaman web
trouble-garbled-answer = Bybit memproses, tetapi jawabannya rusak
# 3 s: three seconds.
trouble-clock-behind = Jam Bybit 3 detik lebih lambat daripada jam komputer ini
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit sekali menjawab "too many requests" (terlalu banyak permintaan)
trouble-ip-blocked = Bybit memblokir alamat IP ini (HTTP 403)
trouble-not-an-advertiser = Akun ini bukan pengiklan P2P
trouble-slow-upload = File diunggah dengan lambat (1 Mbit/s, koneksi rumah biasa)
trouble-stalled-upload = Unggahan file berhenti di tengah jalan

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Jawab permintaan pembatalan dari penjual
# Under the heading.
form-intro = Isi pesanan dan jawaban Anda. Anda akan melihat semuanya sekali lagi sebelum dikirim.
# Label of the order number field.
form-order-number = Nomor pesanan
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Tempel dari halaman pesanan, mis. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Jawaban Anda
# Small text under the "Accept the cancellation" button.
form-accept-explanation = Pesanan dibatalkan dan kripto tetap di tangan penjual. Pilih ini hanya jika uang Anda sudah kembali, atau Anda memang tidak pernah membayar.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = Pesanan tetap berjalan. Pilih ini jika Anda sudah membayar; berikan alasan dan bukti.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Anda menandai pesanan ini sudah dibayar: { $amount } { $currency } kepada { $seller }. Jika Anda menerima, pesanan dibatalkan dan { $token } tetap di tangan penjual. Terima hanya jika { $amount } { $currency } sudah kembali ke rekening Anda.
# The same when the order's details are not known (yet).
guard-paid-unknown = Jika Anda menandai pesanan ini sudah dibayar, menerima pembatalan berarti pesanan dibatalkan dan kripto tetap di tangan penjual. Terima hanya jika uang Anda sudah kembali ke rekening Anda.
# The same for an order in another status. $status: the status in words.
guard-other-status = Status pesanan ini: "{ $status }". Jika Anda menerima permintaan penjual, pesanan ini dibatalkan.
# The box to tick before an Accept can be sent.
guard-refund-received = { $amount } { $currency } sudah kembali ke rekening saya, atau saya tidak pernah mengirimnya
guard-refund-received-unknown = Uang saya sudah kembali ke rekening saya, atau saya tidak pernah mengirimnya
# Beside the disabled send button.
guard-tick-first = Untuk menerima, centang dulu kotak di atas.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Sebelum Anda menjawab
# $days: the account's age in days.
warning-young-account = { $days ->
    [0] Hati-hati: akun penjual ini dibuat kurang dari sehari yang lalu.
   *[other] Hati-hati: akun penjual ini baru berumur { $days } hari.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Hati-hati: penjual ini belum pernah menyelesaikan satu pesanan pun di Bybit.
   *[other] Hati-hati: penjual ini baru menyelesaikan { $count } pesanan di Bybit.
}
# $percent: a whole number (62).
warning-low-completion = Hati-hati: dalam 30 hari terakhir, penjual ini hanya menuntaskan { $percent }% pesanannya.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Hati-hati: penjual meminta Anda membatalkan dulu dan berjanji akan mengembalikan uang Anda ("{ $words }"). Begitu pesanan dibatalkan, kripto tetap di tangan penjual, dan tidak ada yang mewajibkannya mengembalikan dana Anda.
warning-system-error = Hati-hati: penjual menyebut adanya kesalahan sistem atau pembayaran yang gagal ("{ $words }"). Periksa sendiri rekening bank Anda; pesanan yang sudah dibayar tidak dibatalkan karena suatu kesalahan.
warning-off-platform = Hati-hati: penjual ingin berkomunikasi di luar Bybit ("{ $words }"). Tetaplah di obrolan pesanan: obrolan itulah yang dilihat tim dukungan Bybit jika Anda mengajukan banding.
# Label of the drop-down list of reasons for refusing.
form-reason = Alasan
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Pilih alasan…
# Label of the remark field (free text sent with a refusal).
form-remark = Catatan (opsional)
# Placeholder inside the empty remark field.
form-remark-hint = Apa pun yang perlu diketahui penjual dan tim dukungan Bybit, dalam bahasa apa pun.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $count } / { $max } karakter
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Menyiapkan…
# Button while proof files upload.
form-stop-upload = Batalkan unggahan
form-stop-upload-tooltip = Menghentikan unggahan. Jawaban Anda tidak dikirim, dan pesanan masih menunggunya.
# Button: opens the confirmation dialog.
form-review-and-send = Periksa dan kirim…
# Beside the send button while the account is still connecting.
form-account-not-open = Akun belum terbuka.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Sebelum mengirim:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = Jam komputer ini { $seconds } detik lebih cepat daripada jam Bybit. Aplikasi mengoreksinya, tetapi aktifkan tanggal dan waktu otomatis di pengaturan sistem: Bybit menolak permintaan dari jam yang lebih cepat.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = Jam komputer ini { $seconds } detik lebih lambat daripada jam Bybit. Aplikasi mengoreksinya, tetapi aktifkan tanggal dan waktu otomatis di pengaturan sistem: Bybit menolak permintaan dari jam yang lebih cepat.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Jawaban diterima
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Jawaban diterapkan (dipastikan dengan membaca pesanan)
form-result-refused = Bybit menolak jawaban
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Jawaban Anda tidak diterapkan
form-result-not-sent = Tidak ada yang terkirim
form-result-unknown = Hasil tidak diketahui: periksa pesanan di Bybit
# Button.
form-send-again = Kirim lagi
# Button: clears the form for the next order.
form-answer-another = Jawab pesanan lain
# Button: opens the History tab.
form-see-in-history = Lihat di riwayat

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Bukti
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Tangkapan layar pembayaran Anda, mutasi rekening (.jpg, .png, .pdf), atau video singkat (.mp4), maks. { $megabytes } MB per file; atau tautan. Paling banyak { $max }.
# Under the proof heading: what appeals value most.
proofs-video-advice = Dalam proses banding, Bybit paling mengutamakan rekaman layar (.mp4), misalnya rekaman aplikasi bank Anda yang menunjukkan pembayaran.
# Button: opens a file dialog.
proofs-add-files = Tambah file…
# Beside the "Add files…" button.
proofs-drop-hint = atau seret file ke mana saja di jendela ini
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Memeriksa file…
# Label of the field where links are pasted.
proofs-links = Tautan
# Placeholder inside the empty links field.
proofs-links-hint = Tempel satu tautan atau lebih: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Tambah tautan
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = GBR
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = TAUTAN
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Tautan
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Hapus
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Hapus { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } KB
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } MB

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Kirim jawaban ini?
# Warning at the top of the dialog.
confirm-cannot-undo = Jawaban ini tidak dapat ditarik kembali: begitu sampai di Bybit, jawaban Anda final.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Lingkungan
confirm-account = Akun
confirm-order = Pesanan
confirm-decision = Keputusan
confirm-reason = Alasan
confirm-proofs = Bukti
confirm-remark = Catatan
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (file, diunggah lebih dulu)
# The "Remark" row when no remark was written.
confirm-remark-none = (tidak ada)
# Button: sends the answer.
confirm-send-now = Kirim sekarang
# Button: closes the dialog without sending.
confirm-go-back = Kembali
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter untuk kirim · Esc untuk kembali

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Detail pesanan
# Shown when no order is chosen yet.
details-empty = Pilih pesanan di sebelah kiri, atau ketik nomornya, untuk melihat detailnya di sini.
# Beside a spinner while the order is being read from Bybit.
details-loading = Membaca pesanan…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = Penjual meminta pembatalan
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = "{ $reason }"
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = Sisa waktu menjawab: { $time }
details-no-request = Tidak ada permintaan pembatalan yang menunggu jawaban Anda untuk pesanan ini.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Anda membeli
details-you-sell = Anda menjual
# Row name: the other side of the order (their nickname beside it).
details-seller = Penjual
details-buyer = Pembeli
details-amount = Jumlah
details-price = Harga
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } per { $token }
details-status = Status
# Row name: when the order was created (a date and time beside it).
details-created = Dibuat
# Row name: the payment methods of the order.
details-payment = Pembayaran
# The seller's record, in the order's details.
record-heading = Penjual
record-account-age = Umur akun
# $days: whole days.
record-days = { $days } hari
record-finished = Pesanan selesai
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } dalam 30 hari)
record-completion = Tingkat penyelesaian (30 hari)
# $percent: a number (98.6).
record-percent = { $percent }%
record-ratings = Penilaian
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent }% positif ({ $good } positif, { $bad } negatif)
record-presence = Aktivitas
record-online = sedang aktif
# $time: a date and time.
record-last-seen = terakhir aktif { $time }
record-not-said = tidak disebutkan
record-history = Permintaan sebelumnya
record-history-none = belum pernah ada dari penjual ini
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = { $count } sebelumnya: { $accepted } diterima, { $refused } ditolak
# $error: why, in full sentences.
record-unreadable = Data penjual tidak dapat dibaca. { $error }
# The order's chat, in the details.
chat-heading = Obrolan dengan penjual
chat-loading = Membaca obrolan…
# $error: why, in full sentences.
chat-unreadable = Obrolan tidak dapat dibaca; fitur lainnya tetap berfungsi. { $error }
chat-empty = Tidak ada pesan dalam obrolan ini.
chat-earlier = Tampilkan pesan sebelumnya
chat-you = Anda
# A file in the chat. $name: its file name.
chat-picture = Gambar: { $name }
chat-pdf = PDF: { $name }
chat-video = Video: { $name }
chat-unknown = (jenis pesan yang tidak dapat ditampilkan aplikasi ini)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Jadikan bukti
chat-used-as-proof = Sudah ada di bukti Anda

## The welcome screen (first run, no account yet).

welcome-heading = Jawab permintaan pembatalan dari penjual
welcome-intro = Jika penjual di Bybit P2P meminta pembatalan pesanan yang Anda beli, Anda bisa menerima atau menolaknya. Aplikasi ini mengirim jawaban Anda, beserta bukti, dalam beberapa klik.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Tambahkan kunci API Bybit saya
# Under the "Add my Bybit API key" button.
welcome-key-note = Kunci Anda tetap di penyimpanan kunci komputer ini, tidak pernah di dalam file.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Coba mode latihan
# Under the "Try practice mode" button.
welcome-practice-note = Bursa simulasi di komputer ini, dengan contoh pesanan. Tanpa kunci, tanpa uang asli.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Membuka akun…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Tidak terhubung
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Uji koneksi
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Keluar
# Button: opens the About dialog.
top-about = Tentang
# Button: opens the Accounts dialog.
top-accounts = Akun…
# Button: opens the Settings dialog.
top-settings = Pengaturan…
# Label of the account picker in the top bar.
top-account = Akun
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Jawab permintaan
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = Jawab permintaan ({ $count } baru)
# Tab: the history of answers sent, before it has been read.
top-tab-history = Riwayat
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = Riwayat ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = LATIHAN · bukan uang asli
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · dana uji
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · UANG ASLI

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Menunggu jawaban Anda
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count } baru
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = BARU
# Button: reads every watched account now.
orders-refresh = Segarkan
# Shown beside a spinner while the accounts are being read.
orders-checking = Memeriksa…
# Shown when the merchant paused the watching.
orders-watching-paused = Pemantauan dijeda
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Untuk sementara Bybit menolak komputer ini
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit menjawab "403 Forbidden": terlalu banyak permintaan dari alamat IP ini (aplikasi atau komputer lain yang memakai koneksi yang sama juga ikut dihitung), atau Bybit tidak melayani negara ini. Semua akun di { $host } dijeda sampai { $time }, lalu diperiksa lagi secara otomatis.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count } pesanan dari { $account } tidak dapat dibaca: mungkin ada yang menunggu jawaban Anda. Akan dicoba lagi dalam beberapa detik.
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Pesanan { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = diperiksa { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Periksa
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = tiap { $count } detik
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = tiap { $count } menit
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = sesering mungkin
# Button: pauses the watching.
orders-pause = Jeda
# Button: resumes the watching.
orders-resume = Lanjutkan
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: tidak dapat diperiksa.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Pesanannya di bawah ini berasal dari pemeriksaan terakhir yang berhasil.
# Button: reads the accounts again.
orders-try-again = Coba lagi
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Periksa { $account } lagi
# Shown when no cancel request waits.
orders-empty = Tidak ada yang menunggu jawaban Anda.
orders-empty-hint = Jika penjual meminta pembatalan salah satu pesanan Anda, permintaan itu muncul di sini.
# Shown before the first list has arrived.
orders-looking = Mencari permintaan pembatalan…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Latihan: simulasikan gangguan
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = dibuat { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = sisa { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Pesanan { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Pesanan { $order } { $amount } { $currency }, akun { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Membaca riwayat…
# The history is empty for the filter chosen.
history-empty-filtered = Tidak ada jawaban yang cocok dengan filter ini.
# The history is empty.
history-empty = Belum ada jawaban yang dikirim.
history-empty-hint = Setiap jawaban yang Anda kirim, dari jendela ini atau baris perintah, muncul di sini.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Waktu
history-column-environment = Lingkungan
history-column-account = Akun
history-column-order = Pesanan
history-column-decision = Keputusan
history-column-reason = Alasan
history-column-proofs = Bukti
history-column-outcome = Hasil
history-column-latency = Latensi
# Filter label: an order number.
history-filter-order = Pesanan
# Hint in the empty order-number filter.
history-filter-order-hint = semua pesanan
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Hasil
# Filter choice: every outcome.
history-filter-all = Semua
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count } entri
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = Ekspor CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = terima
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = tolak
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } ms
# Button at the end of each row: shows the answer in full.
history-details = Detail
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Pesanan { $order }
# Row names of that dialog.
history-entry-time = Waktu
history-entry-environment = Lingkungan
history-entry-account = Akun
history-entry-decision = Keputusan
history-entry-reason = Alasan
history-entry-proofs = Bukti
# The merchant's remark to the seller.
history-entry-remark = Catatan
history-entry-outcome = Hasil
# Bybit's answer code (a number).
history-entry-bybit-code = Kode Bybit
# Bybit's message (shown as received).
history-entry-message = Pesan
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Diperiksa sesudahnya
history-entry-latency = Latensi
# Button: closes the dialog.
history-entry-close = Tutup

## Settings

# Heading of the Settings dialog.
settings-title = Pengaturan
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Waktu tunggu jawaban Bybit
# Label of the slider of that section.
settings-answer-timeout-seconds = Detik
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}detik
settings-answer-timeout-explained = Jika tidak ada jawaban dalam waktu ini, aplikasi membaca pesanan untuk memastikan apakah jawaban Anda sudah sampai, dan tidak pernah mengirimnya dua kali dengan sendirinya. Dengan koneksi yang lambat, mengunggah file bukti bisa memakan waktu beberapa menit: unggahan hanya berhenti jika tidak ada kemajuan selama waktu ini.
# Section: how often to read the accounts.
settings-watch = Pantau permintaan pembatalan
settings-watch-explained = Setiap akun dipantau, bahkan saat jendela ini diminimalkan atau ditutup ke baki sistem. Notifikasi memberi tahu Anda setiap ada permintaan baru, dan sekali lagi saat waktu tersisa 3 menit.
# Checkbox.
settings-alert-sound = Putar suara pada setiap notifikasi
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Jalankan saat login, di baki sistem
# Section: help from support.
settings-support = Dukungan
# Button: copies a report for support.
settings-copy-diagnostics = Salin diagnostik
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = untuk pesan ke tim dukungan: versi, pengaturan, baris log terbaru; tidak pernah kunci atau kunci rahasia.
# $path: a folder.
settings-logs-folder = Log disimpan di { $path }
# Button: closes the dialog.
settings-close = Tutup
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = Tentang { $app }…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Versi { $version } untuk { $os } ({ $arch })
about-licence = Perangkat lunak bebas dengan lisensi MIT: gunakan, salin, dan bagikan dengan bebas.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Teks lisensi
# Button.
about-open-data-folder = Buka folder data
# Button.
about-open-logs-folder = Buka folder log
about-data-folder-explained = Folder data berisi riwayat, nama akun, dan pengaturan. Kunci API tidak pernah ada di sana: kunci tetap di penyimpanan kunci sistem.
# Button: closes the dialog.
about-close = Tutup

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Pemeriksaan koneksi: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Memeriksa jam, kunci, dan akun P2P…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: OK
check-dialog-step-warning = { $step }: Peringatan
check-dialog-step-problem = { $step }: Masalah
# $advice: a sentence saying what to do.
check-dialog-advice = Yang perlu dilakukan: { $advice }
# Button: closes the dialog.
check-dialog-close = Tutup

## Accounts

# Heading of the Accounts dialog.
accounts-title = Akun
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Ya, hapus { $account }
# Button: does not delete the account.
accounts-keep = Jangan hapus
# Button. $account: the account's name.
accounts-delete = Hapus { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Uji { $account }
# Section: adding an API key.
accounts-add = Tambah akun
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = Di Bybit, buka Akun > Manajemen API > Buat Kunci Baru (Account > API Management > Create New Key), pilih "Dibuat oleh sistem" (System-generated), lalu centang izin Pesanan P2P (P2P order).
# Field label: the account's name, chosen by the merchant.
accounts-name = Nama
# Example name in the empty field.
accounts-name-hint = Toko utama
# Field label: which Bybit site the key was made on.
accounts-environment = Lingkungan
# The environment field before a choice.
accounts-environment-choose = Pilih…
accounts-api-key = Kunci API
accounts-api-secret = Kunci rahasia API
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Menyimpan ke penyimpanan kunci…
# Main button: saves the key in the system keyring.
accounts-save = Simpan di penyimpanan kunci
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Pakai kunci ini sampai aplikasi ditutup
# Button: closes the dialog.
accounts-close = Tutup
# Errors of the form.
accounts-choose-environment = Pilih lingkungan tempat kunci ini dibuat.
accounts-paste-key = Tempel kunci API.
accounts-paste-secret = Tempel kunci rahasia API.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Tutup
notice-busy = Aplikasi sedang sibuk; coba lagi sebentar lagi.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Akun Anda perlu ditambahkan lagi.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = File bukti hanya dikirim jika Anda menolak pembatalan: pilih "Tolak pembatalan" untuk memakainya.
notice-account-not-open = Akun belum terbuka; tunggu sebentar, atau pilih akun lain.
# $account: the account's name.
notice-key-kept-for-session = { $account }: kunci disimpan sampai Anda menutup aplikasi, lalu dilupakan.
# $account: the account's name.
notice-key-saved = { $account }: kunci tersimpan di penyimpanan kunci komputer ini.
# $account: the account's identifier.
notice-key-removed = Kunci { $account } telah dihapus dari penyimpanan kunci.
# $error: the system's reason.
notice-key-not-removed = Kunci tidak dapat dihapus dari penyimpanan kunci: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = Tidak ada file yang dipilih. Jika jendela pemilih file tidak muncul, seret file ke jendela ini.
# $error: the system's reason.
notice-start-at-login-failed = Pengaturan jalankan saat login tidak dapat diubah: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: Bybit meminta agar pemeriksaan diperlambat (terlalu banyak permintaan dengan kunci ini, mungkin dari alat lain yang juga memakainya). Selama { $minutes } menit ke depan, akun ini diperiksa tiap { $seconds } detik.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = aplikasi sedang berjalan dari image disk. Seret aplikasi ke folder Aplikasi, buka dari sana, lalu aktifkan lagi pengaturan ini.
# $error: the system's reason.
notice-settings-not-saved = Pengaturan tidak dapat disimpan: { $error }
notice-diagnostics-copied = Diagnostik disalin. Tempelkan ke pesan Anda untuk tim dukungan: isinya tidak memuat kunci maupun kunci rahasia.
# $count: how many answers were written; $path: the file.
notice-exported = { $count } entri diekspor ke { $path }
# $error: the reason.
notice-export-failed = Ekspor gagal: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = Folder tidak dapat dibuka ({ $error }). Lokasinya: { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Lepaskan untuk menambahkan sebagai bukti
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = Masih memantau permintaan pembatalan dari baki sistem. Untuk keluar, pilih Keluar di menunya.
# Tray menu. $app: the app's name (app-title).
tray-open = Buka { $app }
tray-refresh = Segarkan sekarang
tray-pause = Jeda pemantauan
tray-resume = Lanjutkan pemantauan
tray-quit = Keluar
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: Tidak ada permintaan pembatalan yang menunggu jawaban Anda
   *[other] { $app }: { $count } permintaan pembatalan menunggu jawaban Anda
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: Tidak ada permintaan pembatalan yang menunggu jawaban Anda (pemantauan dijeda)
   *[other] { $app }: { $count } permintaan pembatalan menunggu jawaban Anda (pemantauan dijeda)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Jawab permintaan penjual P2P Bybit untuk membatalkan pesanan yang Anda beli: terima, atau tolak dengan bukti.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Jawab permintaan penjual P2P Bybit untuk membatalkan pesanan yang Anda beli: terima, atau tolak dengan bukti.

    Tanpa perintah, aplikasi membuka jendela. Kredensial untuk perintah diambil dari akun yang disimpan dengan `keys add` (--profile NAME) atau dari variabel lingkungan BYBIT_API_KEY dan BYBIT_API_SECRET; --practice tidak memerlukannya.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Status keluar: 0 diterima bursa, 1 ditolak bursa, 2 input tidak valid (tidak ada yang terkirim), 3 gangguan jaringan atau hasil tidak diketahui.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Buka jendela dalam mode latihan: bursa simulasi di komputer ini, tanpa kunci API
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Mulai di baki sistem tanpa menampilkan jendela (seperti saat dijalankan saat login); jika baki sistem tidak ada, jendela terbuka seperti biasa
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Buka jendela dengan pesanan ini siap dijawab (jika aplikasi sudah terbuka, pesanan dibuka di aplikasi itu)

# The commands, as --help lists them.
cli-about-review = Jawab permintaan penjual untuk membatalkan pesanan yang Anda beli
cli-about-orders = Tampilkan pesanan beli Anda yang penjualnya meminta pembatalan dan yang menunggu jawaban Anda
cli-about-order = Tampilkan satu pesanan: jumlah, penjual, status, pembayaran, dan permintaan pembatalan dari penjual
cli-about-check = Uji koneksi: jam dibandingkan jam Bybit, apa yang boleh dilakukan kunci, akun P2P
cli-about-watch = Pantau permintaan pembatalan sampai dihentikan dengan Ctrl+C: satu baris untuk setiap permintaan baru dan setiap peringatan batas waktu (sisa 3 menit), dimulai dari yang sudah menunggu
cli-about-practice-server = Jalankan bursa latihan di 127.0.0.1 sampai dihentikan dengan Ctrl+C
cli-about-keys = Simpan, tampilkan, atau hapus kunci API akun Anda (disimpan di penyimpanan kunci sistem operasi)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Lingkungan Bybit: mainnet (bawaan), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id, atau practice
cli-help-base-url = Host API Bybit lainnya (hanya https; http hanya di 127.0.0.1 atau localhost)
cli-help-practice = Gunakan bursa latihan bawaan dan akun latihannya (tanpa kunci)
cli-help-profile = Gunakan akun yang disimpan dengan `keys add` (kuncinya dari penyimpanan kunci, beserta lingkungannya). BYBIT_API_KEY dan BYBIT_API_SECRET tetap diutamakan jika diisi
cli-help-timeout = Berapa detik menunggu selama tidak ada kemajuan: tidak ada jawaban dari Bybit, atau tidak ada satu byte pun dari file bukti yang diterima selama diunggah. Dengan koneksi yang lambat, file besar bisa memakan waktu beberapa menit, selama unggahannya terus berjalan (1 sampai 300)
cli-help-json = Cetak satu objek JSON, bukan kalimat

# Flags of `review` (and the order number of `order`).
cli-help-order = Nomor pesanan (hanya angka)
cli-help-pass = Terima pembatalan dari penjual. Hanya mengirim pesanan dan keputusan
cli-help-reject = Tolak pembatalan dari penjual; memerlukan --reason dan minimal satu --proof atau --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Alasan Anda menolak: have-made-payment, have-not-received-full-refund, atau others
cli-help-proof = Tautan bukti (https:// atau http://, tanpa koma atau spasi). Ulangi untuk menambah
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = File bukti yang diunggah lebih dulu: .jpg, .jpeg, .png, .pdf, atau .mp4, maks. { $megabytes } MB. Ulangi untuk menambah
# $characters: the longest remark (500).
cli-help-remark = Catatan untuk penolakan (paling banyak { $characters } karakter)

# Flags of `watch`.
cli-help-interval = Detik per putaran: setiap pesanan yang ditandai sudah dibayar dibaca sekali dalam satu putaran. Nilai bawaan, 8, berarti sesering mungkin; sebuah akun tidak pernah dibaca lebih dari 1,5 kali per detik, berapa pun lama putarannya (1 sampai 3600)
cli-help-all = Pantau setiap akun yang disimpan dengan `keys add`, masing-masing dengan kunci dan batas permintaannya sendiri

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Port di 127.0.0.1 (0 memilih port yang kosong)
cli-help-trouble = Simulasikan gangguan, untuk melihat cara aplikasi menanganinya
cli-help-late-by = Dengan --trouble late-answer: seberapa terlambat jawaban datang, dalam detik
cli-help-latency = Tambahkan waktu pulang-pergi jaringan ke setiap jawaban, dalam milidetik (untuk melihat waktu tunggu merchant yang jauh dari Bybit; dipakai oleh benchmark)
cli-help-second-book = Sediakan set kedua contoh pesanan (pesanan lain, penjual lain), untuk berlatih dengan dua akun sekaligus: simpan bursa ini sebagai akun dengan `keys add NAME --env practice --base-url URL`
cli-help-refund-received = Dengan --pass: menegaskan bahwa uang yang Anda bayarkan sudah kembali ke rekening Anda, atau Anda tidak pernah mengirimnya (menerima pembatalan berarti pesanan dibatalkan dan kripto tetap di tangan penjual)
cli-help-paid = Sebagai ganti contoh pesanan: pesanan sebanyak ini yang ditandai sudah dibayar, belum ada permintaan pembatalan (dengan --unpaid, seperti hari yang sibuk untuk dipantau)
cli-help-unpaid = Dengan --paid: pesanan sebanyak ini yang menunggu pembayaran Anda
cli-help-new-request-every = Seberapa sering, dalam detik, seorang penjual meminta pembatalan salah satu pesanan yang ditandai sudah dibayar (0: tidak pernah)

cli-usage = Penggunaan: { $usage }
cli-heading-commands = Perintah
cli-heading-arguments = Argumen
cli-heading-options = Opsi
cli-help-help = Tampilkan bantuan
cli-help-version = Tampilkan versi
cli-help-help-command = Tampilkan bantuan ini atau bantuan untuk perintah yang disebut
cli-default = bawaan: { $value }
cli-error = kesalahan: { $message }
cli-error-missing = wajib tetapi tidak diberikan: { $arguments }
cli-error-unknown-argument = argumen tidak dikenal: { $argument }
cli-error-unknown-command = perintah tidak dikenal: { $command }
cli-error-invalid-value = { $value } bukan nilai yang valid untuk { $argument }
cli-error-possible-values = nilai yang bisa dipakai: { $values }
cli-error-conflict = { $argument } tidak bisa dipakai bersama { $other }
cli-error-missing-command = perlu sebuah perintah
cli-error-similar = maksud Anda { $suggestion }?
cli-error-more = Untuk info lebih lanjut, coba '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Tidak dapat dimulai: { $error }
cli-choose-pass-or-reject = Gunakan --pass untuk menerima pembatalan atau --reject untuk menolaknya.
# The history could not be opened. $error: why.
cli-nothing-sent = Tidak ada yang terkirim: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Perhatian: jam komputer ini { $seconds } detik lebih cepat daripada jam Bybit. Aplikasi sudah mengoreksinya; aktifkan tanggal dan waktu otomatis di pengaturan sistem.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Perhatian: jam komputer ini { $seconds } detik lebih lambat daripada jam Bybit. Aplikasi sudah mengoreksinya; aktifkan tanggal dan waktu otomatis di pengaturan sistem.

# practice-server: $url is the exchange's address.
cli-practice-listening = Bursa latihan berjalan di { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Simulasi: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Setiap jawaban { $milliseconds } ms lebih lama, seperti jaringan yang jauh.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  Penjual pesanan { $order } meminta pembatalan.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = Kunci API: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = Kunci rahasia API: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Coba: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Hentikan dengan Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = Bursa latihan tidak dapat dimulai di port { $port }: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = Bursa latihan tidak dapat dimulai: { $error }

# $name: what was typed after --profile.
cli-no-account-named = Tidak ada akun bernama "{ $name }". Lihat `p2p-cancel-review keys list`, atau simpan akun dengan `keys add`.
cli-account-address-invalid = Alamat akun ini bukan URL yang valid.
# In the terminal and in the window.
cli-environment-no-address = Lingkungan ini tidak memiliki alamat.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = kunci dari { $variable }
# $name: a saved account's name.
cli-no-key-saved = Tidak ada kunci yang tersimpan untuk "{ $name }". Tambahkan lagi dengan `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = Tidak ada kunci API: gunakan --profile NAME (disimpan dengan `keys add`), atau isi { $key_variable } dan { $secret_variable }; atau coba --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Tidak dapat membaca pesanan Anda. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Tidak ada yang terkirim. Menerima pembatalan berarti pesanan dibatalkan dan kripto tetap di tangan penjual: jika Anda sudah membayar, uang Anda hanya kembali jika penjual mengembalikannya. Jika uang sudah kembali ke rekening Anda, atau Anda tidak pernah mengirimnya, konfirmasikan dengan --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Perlu diketahui sebelum Anda menjawab:
cli-order-record = Penjual:
cli-order-chat = Pesan terakhir dalam obrolan (yang terlama lebih dulu):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (untuk dijadikan bukti: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count } pesanan yang ditandai sudah dibayar tidak dapat dibaca, jadi mungkin tidak tercantum di atas:
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Tidak ada yang menunggu jawaban Anda ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count } pesanan menunggu jawaban Anda ({ $environment }), yang paling mendesak lebih dulu:
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } untuk { $quantity } { $token }  penjual { $seller }  dibuat { $created }  sisa waktu menjawab { $left }
# Time left to answer, when not known.
cli-unknown = tidak diketahui
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = waktu tidak diketahui

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = Tidak dapat membaca pesanan { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Pesanan { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = Anda membeli { $quantity } { $token } seharga { $amount } { $currency } dengan harga { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = Anda menjual { $quantity } { $token } seharga { $amount } { $currency } dengan harga { $price }
# $name: the other side's nickname.
cli-order-seller = Penjual: { $name }
# $name: the other side's nickname.
cli-order-buyer = Pembeli: { $name }
# $status: the order's status in words.
cli-order-status = Status: { $status }
# $time: date and time.
cli-order-created = Dibuat: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Pembayaran: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = Penjual meminta pembatalan: "{ $reason }". Sisa waktu menjawab: { $left }.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = Penjual meminta pembatalan tanpa menyebutkan alasan. Sisa waktu menjawab: { $left }.
cli-order-no-cancel-request = Tidak ada permintaan pembatalan yang menunggu jawaban Anda.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Memeriksa { $account } ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = PERINGATAN
cli-check-mark-problem = MASALAH
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = Yang perlu dilakukan: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Memantau { $accounts } tiap { $seconds } detik: pertama permintaan yang sudah menunggu, lalu setiap permintaan baru. Hentikan dengan Ctrl+C.
cli-watch-no-accounts = Belum ada akun yang tersimpan: tambahkan dengan `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: tidak dapat diperiksa. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  permintaan pembatalan baru  { $account }  pesanan { $order }  { $amount } { $currency }  penjual { $seller }  sisa waktu menjawab { $left }
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  batas waktu hampir habis  { $account }  pesanan { $order }  { $amount } { $currency }  penjual { $seller }  sisa waktu menjawab { $left }

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Simpan kunci API dan kunci rahasia sebuah akun di penyimpanan kunci sistem operasi. Meminta keduanya (kunci rahasia tidak ditampilkan); dari skrip, berikan lewat input standar: kunci di baris pertama dan kunci rahasia di baris kedua
# Help of the NAME given to `keys add`.
keys-help-add-name = Nama untuk akun, dipakai dengan --profile
keys-help-env = Lingkungan Bybit tempat kunci dibuat: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, atau id
keys-help-base-url = Kirim permintaan akun ini ke alamat lain (hanya https; http hanya di komputer ini, misalnya bursa latihan yang tetap berjalan dengan `practice-server`)
keys-about-list = Tampilkan akun yang tersimpan (tanpa kuncinya)
keys-help-json = Satu array JSON, bukan baris-baris
keys-about-delete = Hapus akun beserta kuncinya dari penyimpanan kunci
# Help of the NAME given to `keys delete`.
keys-help-delete-name = Nama akun

keys-practice-needs-no-key = Akun latihan tidak memerlukan kunci: gunakan --practice. (Untuk bursa latihan yang tetap berjalan dengan `practice-server`, berikan --base-url-nya.)
# $reason: why, in a sentence.
keys-nothing-saved = Tidak ada yang disimpan. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = "{ $name }" ({ $environment }) tersimpan: kuncinya ada di penyimpanan kunci komputer ini. Gunakan dengan --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = Kunci API (tersembunyi):
keys-prompt-secret = Kunci rahasia API (tersembunyi):
keys-two-lines-needed = Tidak ada yang disimpan: berikan kunci API di baris pertama dan kunci rahasia di baris kedua.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Tidak ada yang disimpan: di Windows, terminal ini juga akan membaca apa yang Anda ketik, dan kunci rahasia bisa tersimpan di riwayatnya. Tambahkan kunci di jendela aplikasi (Akun), atau berikan kunci API dan kunci rahasia lewat input standar, satu per baris.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = kunci ada di penyimpanan kunci
keys-state-missing = kunci tidak ada: tambahkan lagi
keys-state-keyring-unavailable = penyimpanan kunci tidak tersedia
# Keep the command to copy as it is.
keys-no-accounts = Belum ada akun. Tambahkan dengan: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = Tidak ada akun bernama "{ $name }".
# $error: the system's reason.
keys-key-not-removed = Kunci tidak dapat dihapus: { $error }
# $name: the account's name.
keys-deleted = "{ $name }" dihapus, beserta kuncinya dari penyimpanan kunci.

## The window's background work.

worker-account-not-open = Akun ini belum terbuka; tunggu sebentar, lalu coba lagi.
worker-account-not-open-nothing-sent = Akun ini belum terbuka; tidak ada yang terkirim. Tunggu sebentar, lalu coba lagi.
# $error: why the history file cannot be written.
worker-history-unwritable = Tidak ada yang terkirim: riwayat tidak dapat ditulis ({ $error }), dan tidak ada jawaban yang dikirim tanpa dicatat di riwayat.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Permintaan pembatalan · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } dari { $seller }: sisa waktu menjawab { $left } (pesanan { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Batas waktu hampir habis · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Sisa waktu untuk menjawab permintaan pembatalan dari { $seller } ({ $amount } { $currency }, pesanan { $order }) hanya { $left }.
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = sedikit
# Button on a notification: opens the app at the order.
alert-action-open = Buka

## File dialogs.

dialog-proof-files-title = Pilih file bukti
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Foto, PDF, video
dialog-export-history-title = Ekspor riwayat sebagai CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Bahasa
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Sesuai sistem ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Ukuran teks: Ctrl dan + untuk memperbesar, Ctrl dan − untuk memperkecil, Ctrl dan 0 untuk mengembalikan ke semula (Cmd di Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Bahasa pesan: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN, atau fr (bawaannya bahasa sistem: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = Jendela tidak dapat dibuka: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = Aplikasi sudah terbuka tetapi tidak merespons: { $error }. Keluar dari aplikasi lewat ikonnya di baki sistem (atau akhiri di Pengelola Tugas), lalu jalankan lagi.
