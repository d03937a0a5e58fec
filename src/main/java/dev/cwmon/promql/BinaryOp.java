package dev.cwmon.promql;

/** The binary operators, with Prometheus's precedence: a higher number binds tighter. */
public enum BinaryOp {
  OR("or", 1),
  AND("and", 2),
  UNLESS("unless", 2),
  EQL("==", 3),
  NEQ("!=", 3),
  LTE("<=", 3),
  LSS("<", 3),
  GTE(">=", 3),
  GTR(">", 3),
  ADD("+", 4),
  SUB("-", 4),
  MUL("*", 5),
  DIV("/", 5),
  MOD("%", 5),
  ATAN2("atan2", 5),
  POW("^", 6);

  private final String symbol;
  private final int precedence;

  BinaryOp(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  public int precedence() {
    return precedence;
  }

  public boolean isRightAssociative() {
    return this == POW;
  }

  public boolean isComparison() {
    return precedence == 3;
  }

  public boolean isSetOperator() {
    return this == OR || this == AND || this == UNLESS;
  }

  /** The operator a token stands for, or null when it is no binary operator. */
  static BinaryOp of(TokenType type) {
    return switch (type) {
      case LOR -> OR;
      case LAND -> AND;
      case LUNLESS -> UNLESS;
      case EQLC -> EQL;
      case NEQ -> NEQ;
      case LTE -> LTE;
      case LSS -> LSS;
      case GTE -> GTE;
      case GTR -> GTR;
      case ADD -> ADD;
      case SUB -> SUB;
      case MUL -> MUL;
      case DIV -> DIV;
      case MOD -> MOD;
      case ATAN2 -> ATAN2;
      case POW -> POW;
      default -> null;
    };
  }
}
