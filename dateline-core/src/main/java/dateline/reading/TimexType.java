package dateline.reading;

/** TimeML's four kinds of time expression. */
public enum TimexType { DATE, TIME, DURATION, SET }
