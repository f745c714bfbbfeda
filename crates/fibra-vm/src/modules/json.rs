pub fn make_module(_cx: &mut crate::ctx::Ctx) -> crate::error::PyResult<crate::value::Value> { Ok(crate::value::Value::module("json")) }
