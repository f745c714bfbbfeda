//! The tokens the parser sees (after the layout pass).

use crate::ast::FStringPart;
use num_bigint::BigInt;

/// A decoded string literal (one of several that may be implicitly concatenated).
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    F(Vec<FStringPart>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    // Synthetic start tokens selecting the entry point.
    StartModule,
    StartExpr,
    // Layout.
    Newline,
    Indent,
    Dedent,
    // Soft keywords, told apart from names by the layout pass.
    Match,
    Case,
    // Values.
    Name(String),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal's value (`2.5j` is `Imag(2.5)`).
    Imag(f64),
    Str(StrLit),
    // Brackets. `WithLPar`/`WithRPar` are the parentheses of `with (a as b, c):`.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    WithLPar,
    WithRPar,
    // Operators and delimiters.
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Tok {
    pub fn keyword(s: &str) -> Option<Tok> {
        Some(match s {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// Keywords that start a statement (they end any expression before them).
    pub(crate) fn is_compound_start(&self) -> bool {
        matches!(
            self,
            Tok::Def
                | Tok::Async
                | Tok::Class
                | Tok::While
                | Tok::For
                | Tok::Return
                | Tok::Del
                | Tok::Assert
                | Tok::Raise
                | Tok::Import
                | Tok::Global
                | Tok::Nonlocal
                | Tok::Try
                | Tok::Except
                | Tok::Finally
                | Tok::With
                | Tok::Elif
        )
    }

    /// Can this token end an operand (so that a following bracket is a trailer)?/unary operator (for the nesting estimate)?
    pub(crate) fn is_operand_end(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::Ellipsis
        )
    }
}
