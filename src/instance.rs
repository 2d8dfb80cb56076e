//! One app at a time. A login start and a menu start (or two double-clicks) would otherwise
//! make two apps: two tray icons, every alert twice, and two watches spending one key's rate
//! budget. The first window to start holds a lock on a file in the data folder for as long as
//! it runs, and listens on a loopback port it writes beside the lock; a second launch finds the
//! lock held, hands its wishes over through that port (show the window, open this order,
//! practice mode), and exits.
//!
//! The same on every system: an OS file lock (released by the system when the process ends,
//! however it ends, so a crash leaves no stale lock) and a TCP connection on 127.0.0.1. A
//! random token in the port file, which only this user can read, keeps other local programs
//! from steering the window. The data folder defines "the app": a portable copy or a test with
//! a folder of its own is an app of its own.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// Held by the running app.
const LOCK_FILE: &str = "instance.lock";
/// Where the running app listens, and the token it expects.
const PORT_FILE: &str = "instance.json";
/// A second launch waits this long for the first to answer (it may be starting up itself).
pub const HAND_OVER_WAIT: Duration = Duration::from_secs(5);
/// A request is one short line: anything longer is not ours.
const MAX_REQUEST: u64 = 4096;

/// What a second launch asks of the running app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Bring the window forward (not for a login start: the app is running already).
    pub show: bool,
    /// Open this order in the form.
    pub order_id: Option<String>,
    /// Switch to practice mode (the menu entry's "Practice" action).
    pub practice: bool,
}

/// A request as it travels, with the token that proves it comes from this user.
#[derive(Serialize, Deserialize)]
struct Envelope {
    token: String,
    request: Request,
}

/// The port file's content.
#[derive(Serialize, Deserialize)]
struct Listening {
    port: u16,
    token: String,
}

/// Who this launch is.
pub enum Claim {
    /// The only app on this data folder: it keeps [`Instance`] while it runs.
    First(Instance),
    /// Another app holds the data folder: hand over to it with [`hand_over`].
    Running,
}

/// The running app's hold on its data folder, and its ear for later launches.
pub struct Instance {
    /// Locked while this is alive; the system lets go when the process ends.
    _lock: File,
    listener: TcpListener,
    token: String,
}

/// Takes the data folder for this launch, or finds it taken.
pub fn claim(data_dir: &Path) -> std::io::Result<Claim> {
    std::fs::create_dir_all(data_dir)?;
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Ok(Claim::Running),
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
    let token = new_token()?;
    write_private(
        &data_dir.join(PORT_FILE),
        &Listening {
            port: listener.local_addr()?.port(),
            token: token.clone(),
        },
    )?;
    Ok(Claim::First(Instance {
        _lock: lock,
        listener,
        token,
    }))
}

impl Instance {
    /// Listens for later launches on a thread of its own; `on_request` gets each one's wishes.
    /// The lock is held until the process ends.
    pub fn listen(self, on_request: impl Fn(Request) + Send + 'static) -> std::io::Result<()> {
        std::thread::Builder::new()
            .name("instance".into())
            .spawn(move || {
                // Kept here, with the listener, for the life of the process.
                let Instance {
                    _lock,
                    listener,
                    token,
                } = self;
                for stream in listener.incoming() {
                    let answered = stream.and_then(|mut stream| {
                        let request = read_request(&mut stream, &token)?;
                        on_request(request);
                        stream.write_all(b"ok\n")
                    });
                    if let Err(e) = answered {
                        tracing::warn!("a second launch could not hand over: {e}");
                    }
                }
            })
            .map(drop)
    }
}

fn read_request(stream: &mut TcpStream, token: &str) -> std::io::Result<Request> {
    // A connection that says nothing must not hold the door for the next launch.
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    let mut line = String::new();
    BufReader::new(Read::by_ref(stream).take(MAX_REQUEST)).read_line(&mut line)?;
    let envelope: Envelope = serde_json::from_str(&line).map_err(std::io::Error::other)?;
    if envelope.token != token {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "the request did not carry this app's token",
        ));
    }
    Ok(envelope.request)
}

/// Hands `request` over to the app running on `data_dir`, waiting up to `wait` for it to
/// listen (it may have just started). Fails when nobody answered in that time.
pub fn hand_over(data_dir: &Path, request: &Request, wait: Duration) -> std::io::Result<()> {
    let deadline = Instant::now() + wait;
    loop {
        let tried = try_hand_over(&data_dir.join(PORT_FILE), request);
        match tried {
            Ok(()) => return Ok(()),
            Err(e) if Instant::now() >= deadline => return Err(e),
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// Where the running app listens, as its port file says.
fn read_port_file(port_file: &Path) -> std::io::Result<Listening> {
    serde_json::from_slice(&std::fs::read(port_file)?).map_err(std::io::Error::other)
}

fn try_hand_over(port_file: &Path, request: &Request) -> std::io::Result<()> {
    let listening = read_port_file(port_file)?;
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, listening.port));
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(1))?;
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    let mut line = serde_json::to_string(&Envelope {
        token: listening.token,
        request: request.clone(),
    })
    .map_err(std::io::Error::other)?;
    line.push('\n');
    stream.write_all(line.as_bytes())?;
    let mut answer = String::new();
    BufReader::new(stream.take(16)).read_line(&mut answer)?;
    if answer.trim() == "ok" {
        Ok(())
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionRefused,
            "the running app did not take the request",
        ))
    }
}

/// Writes the port file whole, readable by this user only (on Unix the data folder itself may
/// be readable by others; on Windows the profile's folders are the user's own).
fn write_private(path: &Path, listening: &Listening) -> std::io::Result<()> {
    let temp = path.with_extension("json.tmp");
    let mut options = File::options();
    options.create(true).truncate(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temp)?;
    file.write_all(&serde_json::to_vec(listening).map_err(std::io::Error::other)?)?;
    drop(file);
    std::fs::rename(&temp, path)
}

fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(std::io::Error::other)?;
    Ok(hex::encode(bytes))
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;

    fn first(data: &Path) -> Instance {
        match claim(data).unwrap() {
            Claim::First(instance) => instance,
            Claim::Running => panic!("the data folder was free"),
        }
    }

    /// The first app on `data`, listening: what later launches ask arrives here.
    fn first_listening(data: &Path) -> mpsc::Receiver<Request> {
        let (heard, requests) = mpsc::channel();
        first(data)
            .listen(move |request| heard.send(request).unwrap())
            .unwrap();
        requests
    }

    #[test]
    fn a_second_launch_finds_the_first_and_hands_its_wishes_over() {
        let data = tempfile::tempdir().unwrap();
        let requests = first_listening(data.path());

        assert!(matches!(claim(data.path()).unwrap(), Claim::Running));
        let request = Request {
            show: true,
            order_id: Some("1902384756120950238".into()),
            practice: false,
        };
        hand_over(data.path(), &request, HAND_OVER_WAIT).unwrap();
        assert_eq!(
            requests.recv_timeout(Duration::from_secs(5)).unwrap(),
            request
        );
        // And again: the first keeps listening.
        hand_over(data.path(), &Request::default(), HAND_OVER_WAIT).unwrap();
        assert_eq!(
            requests.recv_timeout(Duration::from_secs(5)).unwrap(),
            Request::default()
        );
    }

    #[cfg(unix)]
    #[test]
    fn only_this_user_can_read_the_token() {
        use std::os::unix::fs::PermissionsExt;
        let data = tempfile::tempdir().unwrap();
        let _first = first(data.path());
        let mode = std::fs::metadata(data.path().join(PORT_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "mode {mode:o}");
    }

    #[test]
    fn the_data_folder_is_free_again_once_the_first_app_is_gone() {
        let data = tempfile::tempdir().unwrap();
        let instance = first(data.path());
        assert!(matches!(claim(data.path()).unwrap(), Claim::Running));
        drop(instance);
        assert!(matches!(claim(data.path()).unwrap(), Claim::First(_)));
    }

    #[test]
    fn each_data_folder_is_an_app_of_its_own() {
        let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let _first = first(one.path());
        assert!(matches!(claim(two.path()).unwrap(), Claim::First(_)));
    }

    #[test]
    fn a_request_without_the_token_is_refused_and_changes_nothing() {
        let data = tempfile::tempdir().unwrap();
        let requests = first_listening(data.path());
        let listening = read_port_file(&data.path().join(PORT_FILE)).unwrap();
        let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, listening.port)).unwrap();
        stream
            .write_all(b"{\"token\":\"guess\",\"request\":{\"show\":true,\"order_id\":null,\"practice\":true}}\n")
            .unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert_ne!(answer.trim(), "ok");
        assert!(
            requests.recv_timeout(Duration::from_millis(300)).is_err(),
            "nothing reached the window"
        );
    }

    #[test]
    fn a_launch_that_finds_nobody_listening_says_so_in_time() {
        let data = tempfile::tempdir().unwrap();
        // A port file left by an app that is gone, and a lock nobody holds listening.
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        crate::paths::write_json(
            &data.path().join(PORT_FILE),
            &Listening {
                port,
                token: "old".into(),
            },
        )
        .unwrap();
        assert!(hand_over(data.path(), &Request::default(), Duration::from_millis(300)).is_err());
    }
}
