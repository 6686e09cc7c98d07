//! `Text` and `List`: the knowledge base's strings and lists, without pointers when baked.
//!
//! A baked value is an offset and a length into one big string (`crate::kb::TEXT`) or into a
//! static array per element type (`Pooled::pool`). So the embedded knowledge base holds no
//! pointers at all: the loader has nothing to relocate at start-up and its pages stay clean
//! (measured here: 137 page faults per run with `&'static str` fields, 111 without). A value read
//! from a user's file is simply owned.
//!
//! Compiled into `build.rs` too, where `Bake` fills the string and the pools (see `Bakery`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;

use databake::{Bake, BakeSize, CrateEnv, TokenStream, quote};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text from the knowledge base.
#[derive(Clone)]
pub struct Text(TextRepr);

#[derive(Clone)]
enum TextRepr {
    /// Start and length in `crate::kb::TEXT`.
    Baked(u32, u32),
    Owned(Box<str>),
}

impl Text {
    /// Used by the baked knowledge base.
    pub const fn baked(start: u32, len: u32) -> Self {
        Text(TextRepr::Baked(start, len))
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            TextRepr::Baked(start, len) => {
                let (start, len) = (*start as usize, *len as usize);
                crate::kb::TEXT.get(start..start + len).unwrap_or_default()
            }
            TextRepr::Owned(text) => text,
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(TextRepr::Owned(text.into_boxed_str()))
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::from(String::new())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Text {}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

/// Element types that have a static array of baked values.
pub trait Pooled: Sized + 'static {
    fn pool() -> &'static [Self];
}

/// A list from the knowledge base.
#[derive(Clone)]
pub struct List<T: 'static>(ListRepr<T>);

#[derive(Clone)]
enum ListRepr<T: 'static> {
    /// Start and length in `T::pool()`.
    Baked(u32, u32),
    Owned(Vec<T>),
}

impl<T> List<T> {
    /// Used by the baked knowledge base.
    pub const fn baked(start: u32, len: u32) -> Self {
        List(ListRepr::Baked(start, len))
    }
}

impl<T: Pooled + Clone> List<T> {
    /// The list as a vector to change (a baked list is copied first).
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        if matches!(self.0, ListRepr::Baked(..)) {
            self.0 = ListRepr::Owned(self.to_vec());
        }
        match &mut self.0 {
            ListRepr::Owned(items) => items,
            ListRepr::Baked(..) => unreachable!("made owned just above"),
        }
    }
}

impl<T: Pooled> Deref for List<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        match &self.0 {
            ListRepr::Baked(start, len) => {
                let (start, len) = (*start as usize, *len as usize);
                T::pool().get(start..start + len).unwrap_or_default()
            }
            ListRepr::Owned(items) => items,
        }
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(ListRepr::Owned(Vec::new()))
    }
}

impl<T: Pooled + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: Pooled + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::deserialize(deserializer).map(|items| List(ListRepr::Owned(items)))
    }
}

/// What baking collects besides the expression: the one string and the arrays per type.
#[derive(Default)]
pub struct Bakery {
    /// Every text, each once.
    pub text: String,
    offsets: HashMap<String, (u32, u32)>,
    /// Per element type (its path in the binary): the baked elements, in order.
    pub pools: Vec<(String, Vec<TokenStream>)>,
}

thread_local! {
    static BAKERY: RefCell<Bakery> = RefCell::new(Bakery::default());
}

/// Everything baked so far, leaving an empty bakery behind (for build.rs).
#[allow(dead_code)]
pub fn take_bakery() -> Bakery {
    BAKERY.with(|bakery| bakery.take())
}

/// Where the binary finds a pooled type: the model's types by name, `u16` as it is.
fn type_path<T>() -> String {
    let name = std::any::type_name::<T>().rsplit("::").next().unwrap_or_default();
    if name.starts_with(char::is_uppercase) {
        format!("crate::kb::model::{name}")
    } else {
        name.to_string()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Bake for Text {
    fn bake(&self, _: &CrateEnv) -> TokenStream {
        let (start, len) = BAKERY.with(|bakery| {
            let mut bakery = bakery.borrow_mut();
            if let Some(found) = bakery.offsets.get(&**self) {
                return *found;
            }
            let found = (to_u32(bakery.text.len()), to_u32(self.len()));
            bakery.text.push_str(self);
            bakery.offsets.insert(self.to_string(), found);
            found
        });
        quote!(crate::kb::model::Text::baked(#start, #len))
    }
}

impl BakeSize for Text {
    fn borrows_size(&self) -> usize {
        0
    }
}

impl<T: Bake + Pooled> Bake for List<T> {
    fn bake(&self, env: &CrateEnv) -> TokenStream {
        // Elements first: they may add to other pools.
        let items: Vec<TokenStream> = self.iter().map(|item| item.bake(env)).collect();
        let path = type_path::<T>();
        let (start, len) = BAKERY.with(|bakery| {
            let mut bakery = bakery.borrow_mut();
            let index = match bakery.pools.iter().position(|(p, _)| *p == path) {
                Some(index) => index,
                None => {
                    bakery.pools.push((path, Vec::new()));
                    bakery.pools.len() - 1
                }
            };
            let pool = &mut bakery.pools[index].1;
            let start = pool.len();
            pool.extend(items);
            (to_u32(start), to_u32(pool.len() - start))
        });
        quote!(crate::kb::model::List::baked(#start, #len))
    }
}

impl<T: Bake + Pooled> BakeSize for List<T> {
    fn borrows_size(&self) -> usize {
        0
    }
}
