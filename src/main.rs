//! The explorer's binary: everything lives in the library.

fn main() {
    kz_iip::start();
}
