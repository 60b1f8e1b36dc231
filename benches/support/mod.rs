//! What the frame benchmark needs besides the app: frame timing, and inflated content.

pub mod inflate;
pub mod measure;
