# P2P Cancel Review — Português (Brasil).
# Translated from the English reference file. Comments are kept in English (for translators).
# Key terms: order = ordem; seller = vendedor; buyer = comprador; cancel request = solicitação de
# cancelamento; accept = aceitar; refuse = recusar; proof = comprovante; remark = observação;
# API key = chave de API; API secret = chave secreta da API; keyring/keychain = chaveiro;
# practice = treino; watch = monitorar; (API) request = requisição; exchange = corretora.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = Cancelamentos P2P
# The language's own name, in the language picker (Settings).
language-name = Português (Brasil)
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Solicitações de cancelamento P2P da Bybit
desktop-comment = Responda à solicitação de um vendedor P2P da Bybit para cancelar uma ordem de compra sua
desktop-keywords = Bybit;P2P;cripto;cancelar;ordem;
desktop-action-practice = Modo de treino (sem chave, sem dinheiro real)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = A Bybit recusou um campo da requisição: { $message }. Confira o número da ordem, o motivo e os comprovantes. (Código da Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = O relógio do seu computador está { $seconds } s adiantado em relação ao da Bybit, por isso a Bybit recusou a requisição. Ative o horário automático nas configurações do sistema e tente de novo. (Código da Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = O relógio do seu computador está { $seconds } s atrasado em relação ao da Bybit, por isso a Bybit recusou a requisição. Ative o horário automático nas configurações do sistema e tente de novo. (Código da Bybit { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = O relógio do seu computador está diferente do relógio da Bybit, por isso a Bybit recusou a requisição. Ative o horário automático nas configurações do sistema e tente de novo. (Código da Bybit { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = A Bybit não reconhece esta chave de API. Confira a chave e se ela foi criada para este ambiente: uma chave da mainnet não funciona na testnet, e vice-versa. (Código da Bybit { $code }: { $message })
error-api-10004 = A assinatura não confere, o que significa que a chave secreta da API está errada. Digite a chave secreta de novo ou crie uma nova chave de API na Bybit. (Código da Bybit { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = Esta chave de API não tem permissão para gerenciar ordens P2P. Na Bybit, edite a chave e marque a permissão de ordens P2P (FiatP2P). (Código da Bybit { $code }: { $message })
error-api-10006 = Requisições demais desta conta em pouco tempo. Aguarde alguns segundos e tente de novo. (Código da Bybit { $code }: { $message })
error-api-10010 = Esta chave de API só funciona a partir de outros endereços IP. Na Bybit, adicione o endereço IP deste computador à chave ou remova a restrição de IP. (Código da Bybit { $code }: { $message })
error-api-10016 = A Bybit teve um erro interno. Tente de novo daqui a um minuto. (Código da Bybit { $code }: { $message })
error-api-10017 = A Bybit não reconhece esta requisição. Confira se o ambiente ou o endereço é um servidor de API da Bybit. (Código da Bybit { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Esta conta da Bybit não pode usar a API P2P: a Bybit só a libera para anunciantes gerais P2P (P2P General Advertiser). Solicite o status de anunciante na página P2P da Bybit. (Código da Bybit { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = A Bybit recusou a requisição: { $message }. (Código da Bybit { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = Não foi possível entender a resposta da Bybit (HTTP { $status }), então o resultado é desconhecido. Ela começava com: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = Não foi possível conectar a { $host }; nada foi enviado. Verifique a conexão com a internet e tente de novo. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Sem resposta da Bybit em { $seconds } s, então o resultado é desconhecido.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = O envio parou: nada avançou por { $seconds } s, com { $reached } já enviados. Verifique sua conexão com a internet e tente de novo.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } de { $total } MB
# $detail: the system's technical reason.
error-connection-lost = A conexão com a Bybit caiu antes de a resposta chegar, então o resultado é desconhecido. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Este computador não consegue abrir conexões seguras: { $detail }. No Linux, instale o pacote ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = A Bybit recusou as credenciais (HTTP 401). Confira a chave de API e a chave secreta.
http-403 = A Bybit bloqueou as requisições deste endereço IP (HTTP 403). Ou houve requisições demais (espere pelo menos 10 minutos antes de tentar de novo), ou a Bybit não atende o país de onde este computador se conecta.
http-404 = A Bybit não reconhece este endereço (HTTP 404). Confira o ambiente ou a URL base.
http-429 = A Bybit está limitando o tráfego agora (HTTP 429). Tente de novo daqui a um minuto.
# $status: an HTTP status from 500 to 599.
http-server-problem = A Bybit teve um problema no servidor (HTTP { $status }). Tente de novo daqui a alguns minutos.
# $status: any other HTTP status.
http-other = A Bybit respondeu com HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } A resposta começava com: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Treino
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Países Baixos
env-hong-kong = Hong Kong
env-turkey = Turquia
env-kazakhstan = Cazaquistão
env-georgia = Geórgia
env-uae = Emirados Árabes
env-indonesia = Indonésia
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = ambiente desconhecido '{ $name }'; use um destes: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = '{ $url }' não é um endereço web; escreva assim: https://api.bybit.com
env-url-not-https = '{ $url }' não é criptografado: só são permitidos endereços https:// (http:// simples só neste computador, 127.0.0.1 ou localhost)
env-url-has-extras = '{ $url }' deve ser só o servidor (como https://api.bybit.com), sem caminho, parâmetros nem senha

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = aguardando a blockchain
status-waiting-payment = aguardando o pagamento do comprador
status-waiting-release = aguardando o vendedor liberar
status-under-appeal = em recurso
status-cancelled = cancelada
status-finished = finalizada
status-payment-in-progress = pagamento em andamento
status-payment-failed = falha no pagamento
status-cancelled-exception = cancelada (exceção)
status-waiting-token-choice = aguardando o comprador escolher o token
status-objection-in-progress = contestação em andamento
status-waiting-objection = aguardando contestação
status-unknown = em um estado desconhecido
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = tipo de pagamento { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = Nenhuma chave de API está salva para esta conta. Adicione-a de novo em Contas.
keyring-not-kept = O chaveiro não guardou a chave: ao lê-la de volta, veio outra coisa. Tente de novo ou use a chave só nesta sessão.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = O chaveiro falhou: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = a chave salva está danificada; adicione-a de novo
# $detail: the system's own words.
keyring-locked = O chaveiro negou o acesso ({ $detail }). Desbloqueie-o (no Linux: o chaveiro de login) e tente de novo.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = Este computador não tem um serviço de chaveiro em execução, então a chave não pode ser salva com segurança. No Linux, instale o GNOME Keyring (pacote gnome-keyring no Debian/Ubuntu) ou o KWallet, saia da sessão e entre de novo, e então adicione a chave. Até lá, você pode usar a chave só nesta sessão: ela fica na memória e é esquecida quando o app é fechado.
# $detail: the system's own words.
keyring-macos-unavailable = Não foi possível abrir as Chaves do macOS (Keychain): { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Não foi possível abrir o Gerenciador de Credenciais do Windows: { $detail }
keyring-unsupported-system = Este sistema não tem um chaveiro compatível.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Conta de treino
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = Não foi possível ler o arquivo de contas { $path }: { $reason }
# $reason: the system's own words.
account-file-unsaved = Não foi possível salvar o arquivo de contas: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Dê um nome à conta, como "Principal" ou "Loja 2".
# $max: the longest name allowed, in characters.
account-name-too-long = { $max ->
    [one] O nome tem mais de { $max } caractere.
   *[other] O nome tem mais de { $max } caracteres.
}
account-name-invisible = O nome contém caracteres invisíveis.
# $name: the name the merchant typed.
account-name-taken = Já existe uma conta chamada "{ $name }".

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Horário do servidor
check-step-api-key = Chave de API
check-step-p2p-account = Conta P2P
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Não foi possível ler o horário do servidor da Bybit. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = Não foi possível verificar a chave. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Conectado à conta P2P "{ $nickname }" (usuário { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = O relógio deste computador está { $seconds } s adiantado em relação ao da Bybit. A Bybit recusa requisições de um relógio adiantado; este app faz a correção, outras ferramentas não.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = O relógio deste computador está { $seconds } s atrasado em relação ao da Bybit. Este app faz a correção.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = O relógio deste computador está sincronizado com o da Bybit (diferença de até { $seconds } s).
check-clock-advice = Ative a data e hora automáticas nas configurações do sistema.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = A chave é só de leitura: ela consegue listar ordens, mas não consegue responder a uma solicitação de cancelamento.
check-key-read-only-advice = Crie uma nova chave com acesso de leitura e escrita.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = leitura e escrita
# A fact in the list.
check-key-p2p-permission = com permissão de ordens P2P
check-key-no-p2p-permission = A chave não tem a permissão de ordens P2P.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = Na Bybit, edite a chave e marque a permissão de ordens P2P (FiatP2P).
# A fact in the list.
check-key-any-ip = pode ser usada de qualquer endereço IP
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = funciona só a partir de { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = expirou em { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = expira em { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = A chave funciona: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Crie uma nova chave antes que esta expire e adicione-a aqui de novo.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Aceitar o cancelamento
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Recusar o cancelamento

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = Já fiz o pagamento
reason-have-not-received-full-refund = Não recebi o reembolso integral
# "Some other reason".
reason-others = Outro motivo
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = '{ $value }' não é um motivo aceito pela Bybit; use have-made-payment, have-not-received-full-refund ou others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Digite o número da ordem.
review-order-id-not-digits = O número da ordem tem só dígitos (como 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = O número da ordem tem no máximo { $max } { $max ->
        [one] dígito
       *[other] dígitos
    }; este tem { $count }.
review-proof-link-empty = Um link de comprovante está vazio.
# $max: the most characters a link may have.
review-proof-link-too-long = O link de comprovante tem mais de { $max } { $max ->
        [one] caractere
       *[other] caracteres
    }.
# $link: the link as typed (a URL).
review-proof-link-comma = O link de comprovante { $link } contém uma vírgula, que a Bybit usa para separar os comprovantes.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = O link de comprovante { $link } contém espaços ou caracteres invisíveis.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = O link de comprovante { $link } deve começar com https:// ou http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = A observação tem { $count } { $count ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $max }.
review-remark-control-characters = A observação contém caracteres de controle invisíveis.
review-decision-missing = Escolha se você aceita ou recusa o cancelamento.
review-reason-missing = Escolha por que você recusa o cancelamento.
review-proofs-missing = Adicione pelo menos um comprovante: uma captura de tela, um PDF ou um link.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = É possível enviar no máximo { $max } { $max ->
        [one] comprovante
       *[other] comprovantes
    }; remova { $extra }.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = Imagem JPEG
proof-kind-png = Imagem PNG
proof-kind-pdf = Documento PDF
proof-kind-mp4 = Vídeo MP4
# $name: the file's name or path.
proof-file-not-found = Arquivo de comprovante { $name }: arquivo não encontrado.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Arquivo de comprovante { $name }: isto é { $what ->
        [folder] uma pasta
        [pipe] um pipe
        [socket] um socket
        [device] um dispositivo
       *[other] outro tipo de item
    }, não um arquivo comum. Escolha um arquivo de foto, PDF ou vídeo.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Arquivo de comprovante { $name }: não é possível lê-lo ({ $reason }).
proof-file-empty = Arquivo de comprovante { $name }: está vazio.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Arquivo de comprovante { $name }: { $size } MB é grande demais; o limite é { $limit } MB. Envie uma foto menor ou um vídeo mais curto.
# The extensions are literal.
proof-file-wrong-extension = Arquivo de comprovante { $name }: só são aceitos arquivos .jpg, .jpeg, .png, .pdf e .mp4.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Arquivo de comprovante { $name }: pelo nome, é { $claimed ->
        [jpeg] imagem JPEG
        [png] imagem PNG
        [pdf] documento PDF
       *[mp4] vídeo MP4
    }, mas o conteúdo é { $found ->
        [jpeg] imagem JPEG
        [png] imagem PNG
        [pdf] documento PDF
        [mp4] vídeo MP4
       *[other] outra coisa
    }. Exporte-o de novo no formato certo.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Enviando o comprovante { $index } de { $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, faltam cerca de { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Enviando a resposta…
submit-checking = Sem resposta clara da Bybit: lendo a ordem para ver se a resposta chegou…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = A Bybit pediu para ir mais devagar; enviando de novo em { $seconds } s…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Nada foi enviado: não foi possível gravar o histórico, e nenhuma resposta sai sem registro. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = Nada foi enviado para a ordem { $order }: { $error }
# $name: the proof file's name.
submit-report-upload-failed = Nada foi enviado para a ordem { $order }: não foi possível enviar o comprovante { $name }. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Nada foi enviado: você interrompeu o envio de { $name } em { $reached }. A ordem { $order } ainda aguarda sua resposta.
submit-report-not-applied = Sua resposta para a ordem { $order } não foi aplicada. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } Em seguida, o app leu a ordem { $order }: ela ainda aguarda sua resposta, então sua resposta não foi aplicada. É seguro enviá-la de novo.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } Em seguida, o app leu a ordem { $order }: ela não aguarda mais sua resposta (status atual: { $status }), então sua resposta foi aplicada, como confirmou a leitura da ordem.
# $check: why reading the order failed.
submit-report-check-failed = { $error } Em seguida, o app tentou ler a ordem { $order } para confirmar, mas não conseguiu ({ $check }). Abra a ordem na Bybit antes de enviar de novo.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Pronto: você aceitou o cancelamento da ordem { $order } solicitado pelo vendedor ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Pronto: você recusou o cancelamento da ordem { $order } solicitado pelo vendedor ({ $environment }), motivo "{ $reason }", com { $count } { $count ->
        [one] comprovante
       *[other] comprovantes
    }.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = Não foi possível abrir o arquivo de histórico { $path }: { $error }
submit-history-unusable = Não foi possível ler ou gravar o histórico: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = Não foi possível criar a pasta { $path }: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = o arquivo de histórico está danificado: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = Não foi possível ler o arquivo de histórico ({ $error }). Ele foi guardado à parte como { $path } e um novo histórico foi iniciado; seus registros anteriores estão nesse arquivo.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = desconhecido — confira a ordem
outcome-accepted = aceita
outcome-refused = recusada
outcome-not-sent = não enviada
outcome-unknown = desconhecido

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = data_hora
csv-column-environment = ambiente
csv-column-account = conta
csv-column-order = ordem
csv-column-decision = decisão
csv-column-reason = motivo
csv-column-proofs = comprovantes
csv-column-remark = observação
csv-column-outcome = resultado
csv-column-code = código
csv-column-message = mensagem
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = latência_ms
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = verificação
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = Não foi possível gravar o arquivo: { $error }

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
time-unknown = horário desconhecido

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Nenhum problema
trouble-late-answer = A Bybit executa, mas responde tarde demais
trouble-dropped-connection = A conexão cai depois que a Bybit executa
trouble-server-error = A Bybit falha com erro de servidor (não executa)
trouble-web-page = A Bybit executa, mas responde com uma página web
trouble-garbled-answer = A Bybit executa, mas a resposta vem corrompida
# 3 s: three seconds.
trouble-clock-behind = O relógio da Bybit está 3 s atrasado em relação ao deste computador
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = A Bybit diz uma vez "requisições demais"
trouble-ip-blocked = A Bybit bloqueia este endereço IP (HTTP 403)
trouble-not-an-advertiser = A conta não é anunciante P2P
trouble-slow-upload = Os arquivos são enviados devagar (1 Mbit/s, uma conexão doméstica comum)
trouble-stalled-upload = O envio de um arquivo para no meio

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Responder à solicitação de cancelamento do vendedor
# Under the heading.
form-intro = Preencha a ordem e a sua resposta. Você verá tudo mais uma vez antes do envio.
# Label of the order number field.
form-order-number = Número da ordem
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Cole da página da ordem, ex.: 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Sua resposta
# Small text under the "Accept the cancellation" button.
form-accept-explanation = A ordem é cancelada e as criptomoedas ficam com o vendedor. Escolha isto só se o seu dinheiro já voltou ou se você nunca pagou.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = A ordem continua aberta. Escolha isto se você já pagou; informe um motivo e um comprovante.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Você marcou esta ordem como paga: { $amount } { $currency } para { $seller }. Ao aceitar, a ordem é cancelada e os { $token } ficam com o vendedor. Aceite só se os { $amount } { $currency } já voltaram para a sua conta.
# The same when the order's details are not known (yet).
guard-paid-unknown = Se você marcou esta ordem como paga, ao aceitar ela é cancelada e as criptomoedas ficam com o vendedor. Aceite só se o seu dinheiro já voltou para a sua conta.
# The same for an order in another status. $status: the status in words.
guard-other-status = O status desta ordem é "{ $status }". Ao aceitar a solicitação do vendedor, a ordem é cancelada.
# The box to tick before an Accept can be sent.
guard-refund-received = Os { $amount } { $currency } já voltaram para a minha conta, ou eu nunca os enviei
guard-refund-received-unknown = Meu dinheiro já voltou para a minha conta, ou eu nunca o enviei
# Beside the disabled send button.
guard-tick-first = Para aceitar, marque primeiro a caixa acima.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Antes de responder
# $days: the account's age in days.
warning-young-account = { $days ->
    [0] Atenção: a conta deste vendedor tem menos de um dia.
    [one] Atenção: a conta deste vendedor tem apenas um dia.
   *[other] Atenção: a conta deste vendedor tem apenas { $days } dias.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Atenção: este vendedor ainda não finalizou nenhuma ordem na Bybit.
    [one] Atenção: este vendedor finalizou apenas uma ordem na Bybit.
   *[other] Atenção: este vendedor finalizou apenas { $count } ordens na Bybit.
}
# $percent: a whole number (62).
warning-low-completion = Atenção: nos últimos 30 dias, este vendedor concluiu apenas { $percent }% das suas ordens.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Atenção: o vendedor pede que você cancele primeiro e promete devolver seu dinheiro ("{ $words }"). Depois que a ordem é cancelada, as criptomoedas ficam com o vendedor, e nada o obriga a reembolsar você.
warning-system-error = Atenção: o vendedor fala de um erro do sistema ou de um pagamento que falhou ("{ $words }"). Confira diretamente a sua conta bancária; uma ordem paga não é cancelada por causa de um erro.
warning-off-platform = Atenção: o vendedor quer conversar fora da Bybit ("{ $words }"). Continue no chat da ordem: é ele que o suporte da Bybit vê se você abrir um recurso.
# Label of the drop-down list of reasons for refusing.
form-reason = Motivo
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Escolha um motivo…
# Label of the remark field (free text sent with a refusal).
form-remark = Observação (opcional)
# Placeholder inside the empty remark field.
form-remark-hint = O que o vendedor e o suporte da Bybit devem saber, em qualquer idioma.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $max ->
    [one] { $count } / { $max } caractere
   *[other] { $count } / { $max } caracteres
}
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Preparando…
# Button while proof files upload.
form-stop-upload = Cancelar envio
form-stop-upload-tooltip = Interrompe o envio. Sua resposta não é enviada, e a ordem continua aguardando por ela.
# Button: opens the confirmation dialog.
form-review-and-send = Revisar e enviar…
# Beside the send button while the account is still connecting.
form-account-not-open = A conta ainda não está aberta.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Antes de enviar:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = O relógio deste computador está { $seconds } s adiantado em relação ao da Bybit. O app faz a correção, mas ative a data e hora automáticas nas configurações do sistema: a Bybit recusa requisições de um relógio adiantado.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = O relógio deste computador está { $seconds } s atrasado em relação ao da Bybit. O app faz a correção, mas ative a data e hora automáticas nas configurações do sistema: a Bybit recusa requisições de um relógio adiantado.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Resposta aceita
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Resposta aplicada (confirmado pela leitura da ordem)
form-result-refused = A Bybit recusou a resposta
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Sua resposta não foi aplicada
form-result-not-sent = Nada foi enviado
form-result-unknown = Resultado desconhecido: confira a ordem na Bybit
# Button.
form-send-again = Enviar de novo
# Button: clears the form for the next order.
form-answer-another = Responder outra ordem
# Button: opens the History tab.
form-see-in-history = Ver no histórico

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Comprovantes
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Capturas de tela do pagamento, extratos bancários (.jpg, .png, .pdf) ou um vídeo curto (.mp4), até { $megabytes } MB cada; ou links. No máximo { $max }.
# Under the proof heading: what appeals value most.
proofs-video-advice = Nos recursos, a Bybit dá mais peso a uma gravação de tela (.mp4), por exemplo do app do seu banco mostrando o pagamento.
# Button: opens a file dialog.
proofs-add-files = Adicionar arquivos…
# Beside the "Add files…" button.
proofs-drop-hint = ou solte os arquivos em qualquer lugar desta janela
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Verificando arquivos…
# Label of the field where links are pasted.
proofs-links = Links
# Placeholder inside the empty links field.
proofs-links-hint = Cole um ou mais links: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Adicionar links
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = IMG
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = LINK
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Link
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Remover
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Remover { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } KB
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } MB

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Enviar esta resposta?
# Warning at the top of the dialog.
confirm-cannot-undo = Não é possível desfazer: assim que a Bybit receber a resposta, ela é definitiva.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Ambiente
confirm-account = Conta
confirm-order = Ordem
confirm-decision = Decisão
confirm-reason = Motivo
confirm-proofs = Comprovantes
confirm-remark = Observação
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (arquivo, enviado antes)
# The "Remark" row when no remark was written.
confirm-remark-none = (nenhuma)
# Button: sends the answer.
confirm-send-now = Enviar agora
# Button: closes the dialog without sending.
confirm-go-back = Voltar
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter envia · Esc volta

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Detalhes da ordem
# Shown when no order is chosen yet.
details-empty = Escolha uma ordem à esquerda, ou digite o número dela, para ver os detalhes aqui.
# Beside a spinner while the order is being read from Bybit.
details-loading = Lendo a ordem…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = O vendedor pede o cancelamento
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = "{ $reason }"
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = Tempo para responder: { $time }
details-no-request = Nenhuma solicitação de cancelamento aguarda sua resposta nesta ordem.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Você compra
details-you-sell = Você vende
# Row name: the other side of the order (their nickname beside it).
details-seller = Vendedor
details-buyer = Comprador
details-amount = Valor
details-price = Preço
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } por { $token }
details-status = Status
# Row name: when the order was created (a date and time beside it).
details-created = Criada em
# Row name: the payment methods of the order.
details-payment = Pagamento
# The seller's record, in the order's details.
record-heading = O vendedor
record-account-age = Idade da conta
# $days: whole days.
record-days = { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
}
record-finished = Ordens finalizadas
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } em 30 dias)
record-completion = Taxa de conclusão (30 dias)
# $percent: a number (98.6).
record-percent = { $percent }%
record-ratings = Avaliações
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent }% positivas ({ $good } positivas, { $bad } negativas)
record-presence = Atividade
record-online = ativo agora
# $time: a date and time.
record-last-seen = ativo pela última vez em { $time }
record-not-said = não informado
record-history = Solicitações anteriores
record-history-none = nenhuma deste vendedor até agora
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = { $count } antes: { $accepted } aceitas, { $refused } recusadas
# $error: why, in full sentences.
record-unreadable = Não foi possível ler os dados do vendedor. { $error }
# The order's chat, in the details.
chat-heading = Chat com o vendedor
chat-loading = Lendo o chat…
# $error: why, in full sentences.
chat-unreadable = Não foi possível ler o chat; todo o resto funciona. { $error }
chat-empty = Nenhuma mensagem neste chat.
chat-earlier = Mostrar mensagens anteriores
chat-you = Você
# A file in the chat. $name: its file name.
chat-picture = Imagem: { $name }
chat-pdf = PDF: { $name }
chat-video = Vídeo: { $name }
chat-unknown = (um tipo de mensagem que este app não consegue mostrar)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Usar como comprovante
chat-used-as-proof = Já está nos seus comprovantes

## The welcome screen (first run, no account yet).

welcome-heading = Responder à solicitação de cancelamento do vendedor
welcome-intro = Quando um vendedor no P2P da Bybit pede para cancelar uma ordem de compra sua, você aceita ou recusa. Este app envia sua resposta, com o seu comprovante, em poucos cliques.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Adicionar minha chave de API da Bybit
# Under the "Add my Bybit API key" button.
welcome-key-note = Sua chave fica no chaveiro deste computador, nunca em um arquivo.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Experimentar o modo de treino
# Under the "Try practice mode" button.
welcome-practice-note = Uma corretora simulada neste computador, com ordens de exemplo. Sem chave, sem dinheiro real.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Abrindo a conta…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Não conectado
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Testar conexão
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Sair
# Button: opens the About dialog.
top-about = Sobre
# Button: opens the Accounts dialog.
top-accounts = Contas…
# Button: opens the Settings dialog.
top-settings = Configurações…
# Label of the account picker in the top bar.
top-account = Conta
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Responder solicitação
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = { $count ->
    [one] Responder solicitação ({ $count } nova)
   *[other] Responder solicitação ({ $count } novas)
}
# Tab: the history of answers sent, before it has been read.
top-tab-history = Histórico
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = Histórico ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = TREINO · sem dinheiro real
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · fundos de teste
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · DINHEIRO REAL

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Aguardando sua resposta
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count ->
    [one] { $count } nova
   *[other] { $count } novas
}
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = NOVA
# Button: reads every watched account now.
orders-refresh = Atualizar
# Shown beside a spinner while the accounts are being read.
orders-checking = Verificando…
# Shown when the merchant paused the watching.
orders-watching-paused = Monitoramento pausado
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = A Bybit está recusando este computador por enquanto
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = A Bybit respondeu "403 Forbidden": requisições demais deste endereço IP (outros apps ou computadores que usam a mesma conexão também contam), ou a Bybit não atende este país. Todas as contas em { $host } ficam pausadas até as { $time } e depois são verificadas de novo automaticamente.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count ->
    [one] Não foi possível ler uma ordem de { $account }: ela pode estar aguardando sua resposta. Uma nova tentativa será feita em alguns segundos.
   *[other] Não foi possível ler { $count } ordens de { $account }: uma delas pode estar aguardando sua resposta. Uma nova tentativa será feita em alguns segundos.
}
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Ordem { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = verificado às { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Verificar
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = a cada { $count } s
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = { $count ->
    [one] a cada minuto
   *[other] a cada { $count } minutos
}
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = o mais rápido possível
# Button: pauses the watching.
orders-pause = Pausar
# Button: resumes the watching.
orders-resume = Retomar
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: não foi possível verificar.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = As ordens abaixo são da última verificação bem-sucedida.
# Button: reads the accounts again.
orders-try-again = Tentar de novo
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Verificar { $account } de novo
# Shown when no cancel request waits.
orders-empty = Nada aguarda sua resposta.
orders-empty-hint = Quando um vendedor pedir para cancelar uma das suas ordens, ela aparece aqui.
# Shown before the first list has arrived.
orders-looking = Procurando solicitações de cancelamento…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Treino: simular problemas
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = criada às { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = { $time } para responder
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Ordem { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Ordem { $order } { $amount } { $currency }, conta { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Lendo o histórico…
# The history is empty for the filter chosen.
history-empty-filtered = Nenhuma resposta corresponde a este filtro.
# The history is empty.
history-empty = Nenhuma resposta enviada ainda.
history-empty-hint = Cada resposta que você envia, por esta janela ou pela linha de comando, aparece aqui.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Data/hora
history-column-environment = Ambiente
history-column-account = Conta
history-column-order = Ordem
history-column-decision = Decisão
history-column-reason = Motivo
history-column-proofs = Comprovantes
history-column-outcome = Resultado
history-column-latency = Latência
# Filter label: an order number.
history-filter-order = Ordem
# Hint in the empty order-number filter.
history-filter-order-hint = qualquer ordem
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
history-decision-accept = aceitar
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = recusar
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } ms
# Button at the end of each row: shows the answer in full.
history-details = Detalhes
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Ordem { $order }
# Row names of that dialog.
history-entry-time = Data/hora
history-entry-environment = Ambiente
history-entry-account = Conta
history-entry-decision = Decisão
history-entry-reason = Motivo
history-entry-proofs = Comprovantes
# The merchant's remark to the seller.
history-entry-remark = Observação
history-entry-outcome = Resultado
# Bybit's answer code (a number).
history-entry-bybit-code = Código da Bybit
# Bybit's message (shown as received).
history-entry-message = Mensagem
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Verificado depois
history-entry-latency = Latência
# Button: closes the dialog.
history-entry-close = Fechar

## Settings

# Heading of the Settings dialog.
settings-title = Configurações
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Aguardar a resposta da Bybit
# Label of the slider of that section.
settings-answer-timeout-seconds = Segundos
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}s
settings-answer-timeout-explained = Se nenhuma resposta chegar nesse tempo, o app lê a ordem para descobrir se a sua resposta chegou, e nunca a envia duas vezes por conta própria. Em uma conexão lenta, o envio de um arquivo de comprovante pode levar minutos: ele só para quando nada avança durante esse tempo.
# Section: how often to read the accounts.
settings-watch = Procurar solicitações de cancelamento
settings-watch-explained = Todas as contas são monitoradas, mesmo com esta janela minimizada ou fechada na bandeja. Uma notificação avisa sobre cada nova solicitação, e de novo quando faltarem 3 minutos.
# Checkbox.
settings-alert-sound = Tocar um som a cada notificação
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Iniciar na bandeja ao entrar no sistema
# Section: help from support.
settings-support = Suporte
# Button: copies a report for support.
settings-copy-diagnostics = Copiar diagnóstico
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = para uma mensagem ao suporte: versões, configurações, linhas recentes do log; nunca uma chave ou chave secreta.
# $path: a folder.
settings-logs-folder = Os logs ficam em { $path }
# Button: closes the dialog.
settings-close = Fechar
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = Sobre { $app }…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Versão { $version } para { $os } ({ $arch })
about-licence = Software livre sob a licença MIT: use, copie e compartilhe à vontade.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Texto da licença
# Button.
about-open-data-folder = Abrir a pasta de dados
# Button.
about-open-logs-folder = Abrir a pasta de logs
about-data-folder-explained = A pasta de dados guarda o histórico, os nomes das contas e as configurações. As chaves de API nunca ficam lá: elas ficam no chaveiro do sistema.
# Button: closes the dialog.
about-close = Fechar

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Teste de conexão: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Verificando o relógio, a chave e a conta P2P…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: OK
check-dialog-step-warning = { $step }: Aviso
check-dialog-step-problem = { $step }: Problema
# $advice: a sentence saying what to do.
check-dialog-advice = O que fazer: { $advice }
# Button: closes the dialog.
check-dialog-close = Fechar

## Accounts

# Heading of the Accounts dialog.
accounts-title = Contas
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Sim, excluir { $account }
# Button: does not delete the account.
accounts-keep = Manter
# Button. $account: the account's name.
accounts-delete = Excluir { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Testar { $account }
# Section: adding an API key.
accounts-add = Adicionar uma conta
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = Na Bybit, abra Conta > Gerenciamento de API > Criar nova chave, escolha "Gerada pelo sistema" e marque a permissão de ordens P2P.
# Field label: the account's name, chosen by the merchant.
accounts-name = Nome
# Example name in the empty field.
accounts-name-hint = Loja principal
# Field label: which Bybit site the key was made on.
accounts-environment = Ambiente
# The environment field before a choice.
accounts-environment-choose = Escolher…
accounts-api-key = Chave de API
accounts-api-secret = Chave secreta da API
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Salvando no chaveiro…
# Main button: saves the key in the system keyring.
accounts-save = Salvar no chaveiro
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Usar esta chave até eu fechar o app
# Button: closes the dialog.
accounts-close = Fechar
# Errors of the form.
accounts-choose-environment = Escolha o ambiente para o qual esta chave foi criada.
accounts-paste-key = Cole a chave de API.
accounts-paste-secret = Cole a chave secreta da API.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Dispensar
notice-busy = O app está ocupado; tente de novo em instantes.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Será preciso adicionar suas contas de novo.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Os arquivos de comprovante só são enviados quando você recusa o cancelamento: escolha "Recusar o cancelamento" para usá-los.
notice-account-not-open = A conta ainda não está aberta; aguarde um momento ou escolha outra conta.
# $account: the account's name.
notice-key-kept-for-session = { $account }: a chave fica guardada até você fechar o app e depois é esquecida.
# $account: the account's name.
notice-key-saved = { $account }: a chave está salva no chaveiro deste computador.
# $account: the account's identifier.
notice-key-removed = A chave de { $account } foi removida do chaveiro.
# $error: the system's reason.
notice-key-not-removed = Não foi possível remover a chave do chaveiro: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = Nenhum arquivo escolhido. Se nenhuma janela de arquivos abriu, arraste os arquivos para esta janela.
# $error: the system's reason.
notice-start-at-login-failed = Não foi possível alterar o início automático ao entrar no sistema: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: a Bybit pediu para diminuir o ritmo (requisições demais com esta chave, talvez de outra ferramenta que também a usa). Nos próximos { $minutes } minutos, esta conta será verificada a cada { $seconds } s.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = o app está sendo executado a partir da imagem de disco. Arraste-o para Aplicativos, abra-o de lá e ative esta opção de novo.
# $error: the system's reason.
notice-settings-not-saved = Não foi possível salvar as configurações: { $error }
notice-diagnostics-copied = Diagnóstico copiado. Cole na sua mensagem ao suporte: ele não contém nenhuma chave nem chave secreta.
# $count: how many answers were written; $path: the file.
notice-exported = { $count ->
    [one] { $count } registro exportado para { $path }
   *[other] { $count } registros exportados para { $path }
}
# $error: the reason.
notice-export-failed = A exportação falhou: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = Não foi possível abrir a pasta ({ $error }). Ela fica em { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Solte para adicionar como comprovante
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = O app continua monitorando as solicitações de cancelamento na bandeja. Para sair, escolha Sair no menu do ícone.
# Tray menu. $app: the app's name (app-title).
tray-open = Abrir { $app }
tray-refresh = Atualizar agora
tray-pause = Pausar monitoramento
tray-resume = Retomar monitoramento
tray-quit = Sair
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: Nenhuma solicitação de cancelamento aguarda sua resposta
    [one] { $app }: { $count } solicitação de cancelamento aguarda sua resposta
   *[other] { $app }: { $count } solicitações de cancelamento aguardam sua resposta
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: Nenhuma solicitação de cancelamento aguarda sua resposta (monitoramento pausado)
    [one] { $app }: { $count } solicitação de cancelamento aguarda sua resposta (monitoramento pausado)
   *[other] { $app }: { $count } solicitações de cancelamento aguardam sua resposta (monitoramento pausado)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Responda à solicitação de um vendedor P2P da Bybit para cancelar uma ordem de compra sua: aceite ou recuse com comprovante.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Responda à solicitação de um vendedor P2P da Bybit para cancelar uma ordem de compra sua: aceite ou recuse com comprovante.

    Sem um comando, abre a janela. As credenciais dos comandos vêm de uma conta salva com `keys add` (--profile NAME) ou das variáveis de ambiente BYBIT_API_KEY e BYBIT_API_SECRET; --practice não precisa de nenhuma.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Status de saída: 0 aceita pela corretora, 1 recusada pela corretora, 2 entrada inválida (nada enviado), 3 falha de rede ou resultado desconhecido.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Abrir a janela no modo de treino: uma corretora simulada neste computador, sem precisar de chave de API
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Iniciar na bandeja sem mostrar a janela (como ao iniciar com o sistema); onde não houver bandeja, a janela abre normalmente
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Abrir a janela com esta ordem pronta para responder (se o app já estiver aberto, a ordem abre nele)

# The commands, as --help lists them.
cli-about-review = Responder à solicitação de um vendedor para cancelar uma ordem de compra sua
cli-about-orders = Listar suas ordens de compra cujo vendedor pediu o cancelamento e que aguardam sua resposta
cli-about-order = Mostrar uma ordem: valores, vendedor, status, pagamento e a solicitação de cancelamento do vendedor
cli-about-check = Testar a conexão: o relógio comparado ao da Bybit, o que a chave pode fazer, a conta P2P
cli-about-watch = Monitorar solicitações de cancelamento até parar com Ctrl+C: uma linha por nova solicitação e por aviso de prazo (faltando 3 minutos), primeiro as que já estão aguardando
cli-about-practice-server = Executar a corretora de treino em 127.0.0.1 até parar com Ctrl+C
cli-about-keys = Salvar, listar ou excluir as chaves de API das suas contas (guardadas no chaveiro do sistema)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Ambiente da Bybit: mainnet (padrão), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id ou practice
cli-help-base-url = Qualquer outro servidor de API da Bybit (só https; http só em 127.0.0.1 ou localhost)
cli-help-practice = Usar a corretora de treino embutida e a conta de treino dela (sem precisar de chave)
cli-help-profile = Usar uma conta salva com `keys add` (a chave dela no chaveiro, o ambiente dela). BYBIT_API_KEY e BYBIT_API_SECRET têm prioridade quando definidas
cli-help-timeout = Segundos de espera enquanto nada avança: nenhuma resposta da Bybit, ou nenhum byte de um arquivo de comprovante recebido durante o envio. Em uma conexão lenta, um arquivo grande pode levar minutos, desde que continue avançando (1 a 300)
cli-help-json = Imprimir um objeto JSON em vez de uma frase

# Flags of `review` (and the order number of `order`).
cli-help-order = O número da ordem (só dígitos)
cli-help-pass = Aceitar o cancelamento do vendedor. Envia só a ordem e a decisão
cli-help-reject = Recusar o cancelamento do vendedor; exige --reason e pelo menos um --proof ou --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Por que você recusa: have-made-payment, have-not-received-full-refund ou others
cli-help-proof = Um link de comprovante (https:// ou http://, sem vírgulas nem espaços). Repita para adicionar mais
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = Um arquivo de comprovante a enviar antes: .jpg, .jpeg, .png, .pdf ou .mp4, no máximo { $megabytes } MB. Repita para adicionar mais
# $characters: the longest remark (500).
cli-help-remark = { $characters ->
        [one] Uma observação para a recusa (no máximo { $characters } caractere)
       *[other] Uma observação para a recusa (no máximo { $characters } caracteres)
    }

# Flags of `watch`.
cli-help-interval = Segundos por rodada: cada ordem marcada como paga é lida uma vez por rodada. O padrão, 8, é o mais rápido possível; uma conta nunca é lida mais de 1,5 vez por segundo, seja qual for a rodada (1 a 3600)
cli-help-all = Monitorar todas as contas salvas com `keys add`, cada uma com sua própria chave e seu próprio limite de requisições

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Porta em 127.0.0.1 (0 escolhe uma livre)
cli-help-trouble = Simular problemas, para ver como o app lida com eles
cli-help-late-by = Com --trouble late-answer: quanto a resposta atrasa, em segundos
cli-help-latency = Adicionar o tempo de ida e volta de uma rede a cada resposta, em milissegundos (para ver a espera de um usuário longe da Bybit; usado pelos benchmarks)
cli-help-second-book = Manter um segundo conjunto de ordens de exemplo (outras ordens, outros vendedores), para treinar com duas contas ao mesmo tempo: salve esta corretora como conta com `keys add NAME --env practice --base-url URL`
cli-help-refund-received = Com --pass: confirma que o dinheiro que você pagou voltou para a sua conta, ou que você nunca o enviou (aceitar cancela a ordem e as criptomoedas ficam com o vendedor)
cli-help-paid = Em vez das ordens de exemplo: esta quantidade de ordens marcadas como pagas, ainda sem solicitação de cancelamento (com --unpaid, um dia de muito movimento para monitorar)
cli-help-unpaid = Com --paid: esta quantidade de ordens aguardando o seu pagamento
cli-help-new-request-every = A cada quantos segundos um vendedor pede o cancelamento de uma das ordens marcadas como pagas (0: nunca)

cli-usage = Uso: { $usage }
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opções
cli-help-help = Mostrar a ajuda
cli-help-version = Mostrar a versão
cli-help-help-command = Mostrar esta ajuda ou a do comando indicado
cli-default = padrão: { $value }
cli-error = erro: { $message }
cli-error-missing = obrigatório e não informado: { $arguments }
cli-error-unknown-argument = argumento inesperado: { $argument }
cli-error-unknown-command = comando desconhecido: { $command }
cli-error-invalid-value = { $value } não é um valor válido para { $argument }
cli-error-possible-values = valores possíveis: { $values }
cli-error-conflict = { $argument } não pode ser usado junto com { $other }
cli-error-missing-command = falta um comando
cli-error-similar = você quis dizer { $suggestion }?
cli-error-more = Para mais informações, tente '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Não foi possível iniciar: { $error }
cli-choose-pass-or-reject = Use --pass para aceitar o cancelamento ou --reject para recusá-lo.
# The history could not be opened. $error: why.
cli-nothing-sent = Nada foi enviado: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Nota: o relógio deste computador está { $seconds } s adiantado em relação ao da Bybit. O app fez a correção; ative a data e hora automáticas nas configurações do sistema.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Nota: o relógio deste computador está { $seconds } s atrasado em relação ao da Bybit. O app fez a correção; ative a data e hora automáticas nas configurações do sistema.

# practice-server: $url is the exchange's address.
cli-practice-listening = Corretora de treino escutando em { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Simulando: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Cada resposta leva { $milliseconds } ms a mais, como em uma rede distante.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  O vendedor da ordem { $order } pediu o cancelamento.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = Chave de API: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = Chave secreta da API: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Experimente: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Pare com Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = Não foi possível iniciar a corretora de treino na porta { $port }: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = Não foi possível iniciar a corretora de treino: { $error }

# $name: what was typed after --profile.
cli-no-account-named = Nenhuma conta se chama "{ $name }". Veja `p2p-cancel-review keys list` ou salve uma com `keys add`.
cli-account-address-invalid = O endereço desta conta não é uma URL válida.
# In the terminal and in the window.
cli-environment-no-address = Este ambiente não tem endereço.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = chave de { $variable }
# $name: a saved account's name.
cli-no-key-saved = Nenhuma chave está salva para "{ $name }". Adicione-a de novo com `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = Sem chave de API: use --profile NAME (salva com `keys add`) ou defina { $key_variable } e { $secret_variable }; ou experimente --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Não foi possível ler suas ordens. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Nada foi enviado. Aceitar cancela a ordem e as criptomoedas ficam com o vendedor: se você pagou, seu dinheiro só volta se o vendedor devolvê-lo. Se ele já voltou para a sua conta, ou se você nunca o enviou, confirme com --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Vale saber antes de responder:
cli-order-record = O vendedor:
cli-order-chat = Últimas mensagens do chat (as mais antigas primeiro):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (para usar como comprovante: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count ->
    [one] Não foi possível ler uma ordem marcada como paga, então ela pode estar faltando acima:
   *[other] Não foi possível ler { $count } ordens marcadas como pagas, então elas podem estar faltando acima:
}
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Nada aguarda sua resposta ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count ->
        [one] { $count } ordem aguarda sua resposta ({ $environment }), da mais urgente para a menos urgente:
       *[other] { $count } ordens aguardam sua resposta ({ $environment }), da mais urgente para a menos urgente:
    }
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } por { $quantity } { $token }  vendedor { $seller }  criada em { $created }  { $left } para responder
# Time left to answer, when not known.
cli-unknown = tempo desconhecido
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = horário desconhecido

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = Não foi possível ler a ordem { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Ordem { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = Você compra { $quantity } { $token } por { $amount } { $currency } a { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = Você vende { $quantity } { $token } por { $amount } { $currency } a { $price }
# $name: the other side's nickname.
cli-order-seller = Vendedor: { $name }
# $name: the other side's nickname.
cli-order-buyer = Comprador: { $name }
# $status: the order's status in words.
cli-order-status = Status: { $status }
# $time: date and time.
cli-order-created = Criada em: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Pagamento: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = O vendedor pede o cancelamento: "{ $reason }". Tempo para responder: { $left }.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = O vendedor pede o cancelamento, sem informar motivo. Tempo para responder: { $left }.
cli-order-no-cancel-request = Nenhuma solicitação de cancelamento aguarda sua resposta.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Verificando { $account } ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = AVISO
cli-check-mark-problem = PROBLEMA
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = O que fazer: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Monitorando { $accounts } a cada { $seconds } s: primeiro as solicitações que já estão aguardando, depois cada nova. Pare com Ctrl+C.
cli-watch-no-accounts = Nenhuma conta salva ainda: adicione uma com `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: não foi possível verificar. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  nova solicitação de cancelamento  { $account }  ordem { $order }  { $amount } { $currency }  vendedor { $seller }  { $left } para responder
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  prazo acabando  { $account }  ordem { $order }  { $amount } { $currency }  vendedor { $seller }  { $left } para responder

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Salvar a chave de API e a chave secreta de uma conta no chaveiro do sistema. Pede as duas (a chave secreta fica oculta); a partir de um script, passe-as pela entrada padrão, a chave na primeira linha e a chave secreta na segunda
# Help of the NAME given to `keys add`.
keys-help-add-name = Um nome para a conta, usado com --profile
keys-help-env = O ambiente da Bybit para o qual a chave foi criada: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae ou id
keys-help-base-url = Enviar as requisições desta conta para outro endereço (só https; http só neste computador, como uma corretora de treino mantida em execução com `practice-server`)
keys-about-list = Listar as contas salvas (nunca as chaves)
keys-help-json = Um array JSON em vez de linhas
keys-about-delete = Excluir uma conta e remover a chave dela do chaveiro
# Help of the NAME given to `keys delete`.
keys-help-delete-name = O nome da conta

keys-practice-needs-no-key = A conta de treino não precisa de chave: use --practice. (Para uma corretora de treino mantida em execução com `practice-server`, informe o --base-url dela.)
# $reason: why, in a sentence.
keys-nothing-saved = Nada foi salvo. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = Conta "{ $name }" salva ({ $environment }): a chave está no chaveiro deste computador. Use-a com --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = Chave de API (oculta):
keys-prompt-secret = Chave secreta da API (oculta):
keys-two-lines-needed = Nada foi salvo: informe a chave de API na primeira linha e a chave secreta na segunda.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Nada foi salvo: no Windows, este terminal também leria o que você digita, e a chave secreta poderia ficar no histórico dele. Adicione a chave na janela do app (Contas) ou envie a chave de API e a chave secreta pela entrada padrão, uma por linha.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = chave no chaveiro
keys-state-missing = chave ausente: adicione-a de novo
keys-state-keyring-unavailable = chaveiro indisponível
# Keep the command to copy as it is.
keys-no-accounts = Nenhuma conta ainda. Adicione uma com: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = Nenhuma conta se chama "{ $name }".
# $error: the system's reason.
keys-key-not-removed = Não foi possível remover a chave: { $error }
# $name: the account's name.
keys-deleted = Conta "{ $name }" excluída e a chave dela removida do chaveiro.

## The window's background work.

worker-account-not-open = Esta conta ainda não está aberta; aguarde um momento e tente de novo.
worker-account-not-open-nothing-sent = Esta conta ainda não está aberta; nada foi enviado. Aguarde um momento e tente de novo.
# $error: why the history file cannot be written.
worker-history-unwritable = Nada foi enviado: não é possível gravar o histórico ({ $error }), e nenhuma resposta sai sem registro.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Solicitação de cancelamento · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } de { $seller }: { $left } para responder (ordem { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Prazo acabando · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Atenção: { $left } para responder à solicitação de cancelamento de { $seller } ({ $amount } { $currency }, ordem { $order }).
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = pouco tempo
# Button on a notification: opens the app at the order.
alert-action-open = Abrir

## File dialogs.

dialog-proof-files-title = Escolher arquivos de comprovante
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Fotos, PDF, vídeos
dialog-export-history-title = Exportar o histórico como CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Idioma
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Igual ao sistema ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Tamanho do texto: Ctrl e + para aumentar, Ctrl e − para diminuir, Ctrl e 0 para restaurar (Cmd no Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Idioma das mensagens: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN ou fr (por padrão, o do sistema: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = Não foi possível abrir a janela: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = O app já está aberto, mas não respondeu: { $error }. Feche-o pelo ícone na bandeja (ou finalize-o no Gerenciador de Tarefas) e abra-o de novo.
