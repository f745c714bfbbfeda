//! A bytecode verifier: walks every code object's control flow and checks that the value
//! stack depth and the block stack agree at every join point, never underflow, and that
//! every `ReturnValue` runs with an empty block stack. Used by the tests on everything they
//! compile; public so that other crates' tests can use it too.

use fibra_bytecode::{CodeObject, Const, Op};

#[derive(Clone, Debug, PartialEq, Eq)]
enum Block {
    /// A `SetupFinally` block: handler target, recorded stack depth.
    Finally(u32, i32),
    /// The `ExceptHandler` block pushed on entry to a handler.
    Handler,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: i32,
    blocks: Vec<Block>,
}

/// How many stack items `op` needs to be present (its inputs).
fn inputs(op: &Op) -> i32 {
    use Op::*;
    match *op {
        Copy(n) | Swap(n) => n as i32,
        BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => n as i32,
        BuildMap(n) => 2 * n as i32,
        ListAppend(i) | SetAdd(i) | ListExtend(i) | SetUpdate(i) | DictUpdate(i) | DictMerge(i) => {
            i as i32 + 1
        }
        MapAdd(i) => i as i32 + 2,
        Call(n) => n as i32 + 1,
        CallKw(n) => n as i32 + 2,
        CallEx(kw) => 2 + kw as i32,
        CallMethod(n) => n as i32 + 2,
        MakeFunction(f) => f.count_ones() as i32 + 1,
        BuildClass(n) => n as i32 + 2,
        BuildClassKw(n) => n as i32 + 3,
        Raise(n) => n as i32,
        StoreSubscr => 3,
        MatchClass(_) => 3,
        MatchKeys | CopyDictWithoutKeys => 2,
        StoreAttr(_) | BinarySubscr | DeleteSubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_)
        | IsOp(_) | ContainsOp(_) | YieldFrom | CheckExcMatch | ImportName(_) | WithExceptStart
        | CheckEgMatch | PrepReraiseStar | AsyncWithExceptStart | EndAsyncFor => 2,
        Nop | PopBlock | PopExcept | Jump(_) | SetupFinally(_) | LoadConst(_) | LoadFast(_)
        | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadGlobal(_) | LoadName(_)
        | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | LoadAssertionError
        | SetupAnnotations => 0,
        _ => 1,
    }
}

/// Verifies `code` and every code object among its constants. Returns the maximum stack
/// depth of `code` itself.
pub fn verify(code: &CodeObject) -> Result<u32, String> {
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner).map_err(|e| format!("in {}: {e}", inner.qualname))?;
        }
    }
    verify_one(code).map_err(|e| format!("in {}: {e}", code.qualname))
}

fn verify_one(code: &CodeObject) -> Result<u32, String> {
    let n = code.code.len();
    if code.lines.len() != n {
        return Err("lines and code differ in length".into());
    }
    if n == 0 {
        return Err("empty code".into());
    }
    let nderef = (code.cellvars.len() + code.freevars.len()) as u32;
    let mut states: Vec<Option<State>> = vec![None; n];
    let mut work = vec![0usize];
    states[0] = Some(State {
        depth: 0,
        blocks: Vec::new(),
    });
    let mut max = 0;
    let merge = |states: &mut Vec<Option<State>>,
                 work: &mut Vec<usize>,
                 at: usize,
                 st: State,
                 from: usize|
     -> Result<(), String> {
        if at >= n {
            return Err(format!("ip {from}: control flows past the end (to {at})"));
        }
        match &states[at] {
            None => {
                states[at] = Some(st);
                work.push(at);
                Ok(())
            }
            Some(old) if *old == st => Ok(()),
            Some(old) => Err(format!(
                "ip {at}: inconsistent state: {old:?} vs {st:?} (from ip {from})"
            )),
        }
    };
    while let Some(ip) = work.pop() {
        let st = states[ip].clone().expect("state");
        let op = code.code[ip];
        if st.depth < inputs(&op) {
            return Err(format!(
                "ip {ip}: {op:?} needs {} items, stack has {}",
                inputs(&op),
                st.depth
            ));
        }
        // Operand range checks.
        match op {
            Op::LoadConst(i) if i as usize >= code.consts.len() => {
                return Err(format!("ip {ip}: const index out of range"))
            }
            Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i)
                if i as usize >= code.varnames.len() =>
            {
                return Err(format!("ip {ip}: local index out of range"))
            }
            Op::LoadDeref(i)
            | Op::StoreDeref(i)
            | Op::DeleteDeref(i)
            | Op::LoadClosure(i)
            | Op::LoadClassDeref(i)
                if i >= nderef =>
            {
                return Err(format!("ip {ip}: deref index out of range"))
            }
            Op::LoadGlobal(i)
            | Op::StoreGlobal(i)
            | Op::DeleteGlobal(i)
            | Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i)
            | Op::StoreAttr(i)
            | Op::DeleteAttr(i)
            | Op::LoadMethod(i)
            | Op::ImportName(i)
            | Op::ImportFrom(i)
                if i as usize >= code.names.len() =>
            {
                return Err(format!("ip {ip}: name index out of range"))
            }
            Op::CallKw(_) => {
                // The kwnames tuple must be the instruction before.
                let ok = ip > 0
                    && matches!(code.code[ip - 1], Op::LoadConst(k)
                        if matches!(code.consts.get(k as usize), Some(Const::Tuple(_))));
                if !ok {
                    return Err(format!("ip {ip}: CallKw without a kwnames tuple"));
                }
            }
            _ => {}
        }
        let after = st.depth + op.stack_effect(false);
        if after < 0 {
            return Err(format!("ip {ip}: stack underflow"));
        }
        max = max.max(after).max(st.depth);
        let mut next = State {
            depth: after,
            blocks: st.blocks.clone(),
        };
        match op {
            Op::ReturnValue => {
                if !st.blocks.is_empty() {
                    return Err(format!(
                        "ip {ip}: return with blocks still active: {:?}",
                        st.blocks
                    ));
                }
                continue;
            }
            Op::Raise(_) | Op::Reraise => continue,
            Op::PopBlock => match next.blocks.pop() {
                Some(Block::Finally(..)) => {}
                other => return Err(format!("ip {ip}: PopBlock with top block {other:?}")),
            },
            Op::PopExcept | Op::EndAsyncFor => match next.blocks.pop() {
                Some(Block::Handler) => {}
                other => return Err(format!("ip {ip}: PopExcept with top block {other:?}")),
            },
            Op::SetupFinally(t) => {
                let mut hblocks = st.blocks.clone();
                hblocks.push(Block::Handler);
                let h = State {
                    depth: st.depth + op.stack_effect(true),
                    blocks: hblocks,
                };
                merge(&mut states, &mut work, t as usize, h, ip)?;
                next.blocks.push(Block::Finally(t, st.depth));
            }
            _ => {}
        }
        if let Some(t) = op.jump_target() {
            if !matches!(op, Op::SetupFinally(_)) {
                let j = State {
                    depth: st.depth + op.stack_effect(true),
                    blocks: st.blocks.clone(),
                };
                max = max.max(j.depth);
                merge(&mut states, &mut work, t as usize, j, ip)?;
            }
        }
        if !op.is_terminator() {
            merge(&mut states, &mut work, ip + 1, next, ip)?;
        }
    }
    Ok(max as u32)
}
