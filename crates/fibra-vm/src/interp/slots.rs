//! `__slots__`: the instance layout a class statement asks for, and the member
//! descriptors (`member_descriptor`) through which slot values are read and written.
//!
//! A class with `__slots__` gets, for each slot name (mangled as in its body: `__x` in
//! `C` is `_C__x`), a member descriptor in its namespace with the slot's position in
//! [`InstanceObj::slots`]; positions continue those of its best base, whose layout its
//! own extends (which is why two bases that both add slots conflict: `mro::solid_base`).
//! Its instances have no `__dict__` unless a base in the MRO gives them one or
//! `"__dict__"` is among the slots, and no weak references unless likewise.
//!
//! The slot values live in a list's item storage ([`crate::object::ListLock`]), so
//! shared instances follow the list rules: reads without the lock, writes under it
//! (elided while the creating thread has it alone), replaced values retired through
//! the epoch once another thread has locked it. The cycle collector traverses and
//! clears it (`gc/traverse.rs`).

use std::sync::OnceLock;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{attribute_error, type_error, value_error, PyResult};
use crate::object::{DictObj, InstanceLayout, MemberObj, Payload};
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

/// What a class statement's `__slots__` asks for: the layout of its instances and the
/// slot names it adds (mangled, sorted as CPython sorts them, duplicates kept).
pub(crate) struct SlotSpec {
    pub layout: InstanceLayout,
    names: Vec<String>,
}

/// Builtin bases whose instances vary in size: they take no slots (CPython's
/// `tp_itemsize != 0`).
const VARIABLE_SIZE: &[&str] = &["int", "bytes", "tuple"];

/// Whether instances of `ty` (a class in an MRO) have a `__dict__`.
fn gives_dict(ty: &Value) -> bool {
    match ty.as_type() {
        Some(t) if !t.builtin => t.layout.dict,
        Some(_) => {
            types::is_subclass(ty, &types().base_exception)
                || types::is_subclass(ty, &types().module)
        }
        None => false,
    }
}

/// Whether instances of `ty` (a class in an MRO) can be weakly referenced.
fn gives_weakref(ty: &Value) -> bool {
    match ty.as_type() {
        Some(t) if !t.builtin => t.layout.weakref,
        Some(_) => [&types().set, &types().frozenset, &types().type_]
            .iter()
            .any(|b| types::is_subclass(ty, b)),
        None => false,
    }
}

/// The layout of a class named `name` with best base `base` and MRO `mro` (without the
/// class), from `__slots__` in its namespace `ns` (CPython's checks and messages).
pub(crate) fn class_layout(
    cx: &mut Ctx,
    name: &str,
    base: &Value,
    mro: &[Value],
    ns: &DictObj,
) -> PyResult<SlotSpec> {
    let base_layout = match base.as_type() {
        Some(t) if !t.builtin => t.layout,
        _ => InstanceLayout {
            dict: false,
            weakref: false,
            ..InstanceLayout::default()
        },
    };
    let inherited_dict = mro.iter().any(gives_dict);
    let inherited_weak = mro.iter().any(gives_weakref);
    let Some(slots) = ns.get_str("__slots__") else {
        return Ok(SlotSpec {
            layout: InstanceLayout {
                nslots: base_layout.nslots,
                own_slots: 0,
                dict: true,
                weakref: true,
            },
            names: Vec::new(),
        });
    };
    let items = if slots.as_str().is_some() {
        vec![slots]
    } else {
        ops::to_vec(cx, &slots)?
    };
    if !items.is_empty() {
        if let Some(bt) = base.as_type() {
            let solid = crate::interp::mro::solid_base(base);
            if solid
                .as_type()
                .is_some_and(|s| VARIABLE_SIZE.contains(&s.name.as_str()))
            {
                return Err(type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    bt.tp_name()
                )));
            }
        }
    }
    // May the slots add these? Only when the best base's instances lack them.
    let may_add_dict = !gives_dict(base);
    let may_add_weak = !gives_weakref(base);
    let (mut add_dict, mut add_weak) = (false, false);
    let mut names = Vec::with_capacity(items.len());
    for item in &items {
        let Some(s) = item.as_str() else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                item.type_name()
            )));
        };
        if !crate::types::str_methods::is_identifier(s) {
            return Err(type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" => {
                if !may_add_dict || add_dict {
                    return Err(type_error("__dict__ slot disallowed: we already got one"));
                }
                add_dict = true;
            }
            "__weakref__" => {
                if !may_add_weak || add_weak {
                    return Err(type_error(
                        "__weakref__ slot disallowed: either we already got one, or \
                         __itemsize__ != 0",
                    ));
                }
                add_weak = true;
            }
            _ => names.push(fibra_compiler::mangle(Some(name), s).into_owned()),
        }
    }
    for n in &names {
        if ns.get_str(n).is_some() {
            return Err(value_error(format!(
                "'{n}' in __slots__ conflicts with class variable"
            )));
        }
    }
    names.sort();
    let own = names.len() as u32;
    Ok(SlotSpec {
        layout: InstanceLayout {
            nslots: base_layout.nslots + own,
            own_slots: own,
            dict: inherited_dict || add_dict,
            weakref: inherited_weak || add_weak,
        },
        names,
    })
}

/// Puts the member descriptors of `spec` into the namespace of the new class `cls`.
pub(crate) fn install_members(cls: &Value, spec: &SlotSpec) {
    let Some(ns) = cls.namespace() else { return };
    let first = spec.layout.nslots - spec.layout.own_slots;
    for (i, name) in spec.names.iter().enumerate() {
        let member = Value::new_obj(
            member_type().clone(),
            Payload::Member(Box::new(MemberObj {
                name: Value::str(name),
                objclass: cls.clone(),
                index: first + i as u32,
            })),
        );
        ns.set_str(name, member);
    }
}

/// The class of member descriptors (`type(C.x)` for a slot `x`).
pub fn member_type() -> &'static Value {
    static TYPE: OnceLock<Value> = OnceLock::new();
    TYPE.get_or_init(|| {
        crate::types::native_type_with_ctor(
            "member_descriptor",
            "builtins",
            None,
            &[
                ("__get__", member_dunder_get),
                ("__set__", member_dunder_set),
                ("__delete__", member_dunder_delete),
                ("__repr__", member_repr),
            ],
        )
    })
}

fn member_name(m: &MemberObj) -> &str {
    m.name.as_str().unwrap_or("?")
}

fn objclass_name(m: &MemberObj) -> &str {
    m.objclass.as_type().map_or("?", |t| t.name.as_str())
}

/// CPython's `descr_check`: the member only applies to instances of its class.
#[inline]
pub(crate) fn check_applies(m: &MemberObj, obj: &Value) -> PyResult<()> {
    if obj.class().is(&m.objclass) || types::is_instance(obj, &m.objclass) {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        member_name(m),
        objclass_name(m),
        obj.type_name()
    )))
}

/// `obj.x` through the member `m` (the caller knows `obj` is an instance of its class,
/// or checks with [`check_applies`]). None: the slot is unset.
#[inline]
pub(crate) fn read(obj: &Value, m: &MemberObj) -> Option<Value> {
    match obj.payload() {
        Some(Payload::Instance(i)) => match &i.slots {
            Some(slots) => slots.get(m.index as i64).filter(|v| !v.is_null()),
            // An instance made without its class's layout (native code): in its dict.
            None => obj.namespace()?.get_str(member_name(m)),
        },
        _ => obj.namespace()?.get_str(member_name(m)),
    }
}

/// `obj.x` through the member `m`, or AttributeError when unset.
pub(crate) fn get(obj: &Value, m: &MemberObj) -> PyResult<Value> {
    read(obj, m).ok_or_else(|| crate::interp::attr::no_attribute(obj, member_name(m)))
}

/// `obj.x = v` through the member `m`.
pub(crate) fn set(obj: &Value, m: &MemberObj, v: Value) -> PyResult<()> {
    match try_set(obj, m, v) {
        None => Ok(()),
        Some(_) => Err(crate::interp::attr::no_attribute(obj, member_name(m))),
    }
}

/// `obj.x = v` through the member `m`; gives `v` back when `obj` has nowhere to keep it.
#[inline]
pub(crate) fn try_set(obj: &Value, m: &MemberObj, v: Value) -> Option<Value> {
    if let Some(Payload::Instance(i)) = obj.payload() {
        if let Some(slots) = &i.slots {
            // Dropped after the lock is released (freeing it runs no script code, but
            // takes other objects' locks).
            let old = slots.lock().replace(m.index as usize, v);
            drop(old);
            return None;
        }
    }
    match obj.namespace() {
        Some(ns) => {
            ns.set_str_value(m.name.clone(), v);
            None
        }
        None => Some(v),
    }
}

/// `del obj.x` through the member `m`: AttributeError (the bare name, as CPython) when
/// the slot is unset.
pub(crate) fn delete(obj: &Value, m: &MemberObj) -> PyResult<()> {
    let removed = match obj.payload() {
        Some(Payload::Instance(i)) if i.slots.is_some() => {
            let slots = i.slots.as_ref().expect("checked");
            let old = slots.lock().replace(m.index as usize, Value::NULL);
            !old.is_null()
        }
        _ => obj
            .namespace()
            .is_some_and(|ns| ns.remove_str(member_name(m)).is_some()),
    };
    if removed {
        Ok(())
    } else {
        Err(attribute_error(member_name(m)))
    }
}

fn this_member<'a>(args: &'a Args, what: &str) -> PyResult<&'a MemberObj> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Member(m)) => Ok(m),
        _ => Err(type_error(format!(
            "descriptor '{what}' requires a 'member_descriptor' object"
        ))),
    }
}

/// `C.x.__get__(obj, type=None)`: the member itself for `obj` None.
fn member_dunder_get(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let m = this_member(args, "__get__")?;
    let (Some(obj), 2..=3) = (args.values.get(1), args.values.len()) else {
        return Err(type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.values.len().saturating_sub(1)
        )));
    };
    if obj.is_none() {
        return Ok(args.values[0].clone());
    }
    check_applies(m, obj)?;
    get(obj, m)
}

fn member_dunder_set(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let m = this_member(args, "__set__")?;
    let [_, obj, v] = args.values else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.values.len().saturating_sub(1)
        )));
    };
    check_applies(m, obj)?;
    set(obj, m, v.clone())?;
    Ok(Value::NONE)
}

fn member_dunder_delete(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let m = this_member(args, "__delete__")?;
    let [_, obj] = args.values else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.values.len().saturating_sub(1)
        )));
    };
    check_applies(m, obj)?;
    delete(obj, m)?;
    Ok(Value::NONE)
}

fn member_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let m = this_member(args, "__repr__")?;
    Ok(Value::string(format!(
        "<member '{}' of '{}' objects>",
        member_name(m),
        objclass_name(m)
    )))
}

/// Attributes of a member descriptor (`__name__`, `__objclass__`, ...).
pub(crate) fn member_attr(m: &MemberObj, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => m.name.clone(),
        "__qualname__" => Value::string(format!(
            "{}.{}",
            m.objclass.as_type().map_or("?", |t| t.qualname.as_str()),
            member_name(m)
        )),
        "__objclass__" => m.objclass.clone(),
        "__doc__" => Value::NONE,
        _ => return None,
    })
}
