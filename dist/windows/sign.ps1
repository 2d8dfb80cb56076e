# Authenticode-signs one file for cargo-packager's sign-command (the app's .exe, the
# uninstaller and the setup .exe). The release workflow provides the certificate from the
# repository's secrets; without them the file stays unsigned and the log says so.
param([Parameter(Mandatory = $true)][string]$File)
$ErrorActionPreference = "Stop"

if (-not $env:WINDOWS_CERTIFICATE) {
    Write-Host "Authenticode signing skipped for $File`: no WINDOWS_CERTIFICATE secret (a base64 .pfx). Windows SmartScreen will warn merchants until the installer is signed."
    exit 0
}

$pfx = Join-Path ([System.IO.Path]::GetTempPath()) "p2p-cancel-review-signing.pfx"
try {
    [System.IO.File]::WriteAllBytes($pfx, [System.Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
    # signtool comes with the Windows SDK on GitHub's runners; take the newest x64 one.
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $signtool) { throw "signtool.exe was not found (install the Windows SDK)" }
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD /fd sha256 `
        /tr http://timestamp.digicert.com /td sha256 /d "P2P Cancel Review" $File
    if ($LASTEXITCODE -ne 0) { throw "signtool failed with exit code $LASTEXITCODE" }
    Write-Host "Signed $File"
}
finally {
    Remove-Item -Force -ErrorAction SilentlyContinue $pfx
}
