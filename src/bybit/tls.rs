//! TLS for the client: rustls with the *ring* provider, verifying Bybit's certificate against the
//! system's trust store. The store is loaded on the first TLS handshake, not when a client is
//! built: the practice exchange (plain HTTP on this computer) never needs it, and a command or
//! the window does not wait for it before its first request goes out.

use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

/// Begins the message of a handshake that failed because the system's trust store could not be
/// loaded, so the client can tell the merchant what to install.
pub const NO_TRUST_STORE: &str = "the system's trusted certificates could not be loaded";

/// The TLS configuration every client uses.
pub fn client_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = Arc::new(LazySystemVerifier::new(provider.clone()));
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        // Not dangerous: the verifier is the platform's own, only built later.
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

/// The platform verifier, built when the first certificate needs checking.
#[derive(Debug)]
struct LazySystemVerifier {
    provider: Arc<CryptoProvider>,
    system: OnceLock<Result<rustls_platform_verifier::Verifier, String>>,
}

impl LazySystemVerifier {
    fn new(provider: Arc<CryptoProvider>) -> Self {
        Self {
            provider,
            system: OnceLock::new(),
        }
    }

    fn system(&self) -> Result<&rustls_platform_verifier::Verifier, rustls::Error> {
        self.system
            .get_or_init(|| {
                rustls_platform_verifier::Verifier::new(self.provider.clone())
                    .map_err(|e| format!("{NO_TRUST_STORE}: {e}"))
            })
            .as_ref()
            .map_err(|message| rustls::Error::General(message.clone()))
    }
}

impl ServerCertVerifier for LazySystemVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.system()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    // Handshake signatures need no trust store: checked with the provider's algorithms, as the
    // platform verifier itself does.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trust_store_is_loaded_at_the_first_certificate_not_before() {
        let verifier = LazySystemVerifier::new(Arc::new(rustls::crypto::ring::default_provider()));
        assert!(verifier.system.get().is_none(), "nothing loaded when built");
        let not_a_certificate = CertificateDer::from(vec![1, 2, 3]);
        let server = ServerName::try_from("api.bybit.com").unwrap();
        let verdict =
            verifier.verify_server_cert(&not_a_certificate, &[], &server, &[], UnixTime::now());
        assert!(verdict.is_err(), "a malformed certificate is refused");
        assert!(verifier.system.get().is_some(), "loaded by the first check");
        assert!(client_config().is_ok());
    }
}
