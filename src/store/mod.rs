//! All file I/O of the app's own files: the agent's state (settings and session) and its
//! atomic writes, the administrator's configuration file, the lenient TOML line reader both
//! use, and the summary export. The model below it holds only types and rules.

pub mod atomic;
pub mod config_file;
pub mod evidence;
pub mod export;
pub mod settings_file;
pub mod state;
pub mod toml_lines;
