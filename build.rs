// refinery embeds migrations/ and the binary embeds reports/ and seed/ at compile time;
// cargo does not notice new files there unless told.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=reports");
    println!("cargo:rerun-if-changed=seed");
}
