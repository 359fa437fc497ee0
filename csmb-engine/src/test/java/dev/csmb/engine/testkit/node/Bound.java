package dev.csmb.engine.testkit.node;

/**
 * One comparison a version must pass, such as {@code >=22.13.0}; a range is made of these.
 *
 * @param operator one of {@code <}, {@code <=}, {@code >}, {@code >=}, {@code =}
 * @param version  the version compared with
 */
record Bound(String operator, NodeVersion version) {

    /** Whether {@code candidate} passes this comparison. */
    boolean test(NodeVersion candidate) {
        int order = candidate.compareTo(version);
        return switch (operator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            case "=" -> order == 0;
            default -> throw new IllegalStateException("unknown operator " + operator);
        };
    }

    @Override
    public String toString() {
        return operator + version;
    }
}
