//! The widget's binary: a lighter build with only the embed entry point.

fn main() {
    kz_iip::widget::start();
}
