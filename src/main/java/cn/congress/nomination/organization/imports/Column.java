package cn.congress.nomination.organization.imports;

/** A column of an import file: its English header, the Chinese label used in messages, and what its values may be. */
interface Column {

  /** The header text, exactly as it must appear in row 1. */
  String header();

  /** The Chinese name shown to the user next to the header. */
  String label();

  /** Whether a row must give a value (every column must be in the header either way). */
  boolean required();

  /** Longest text accepted (the database column's size), 0 for values that are not free text. */
  int maxLength();

  /** "出生日期（birth_date）": how messages name a column, so the user finds it in their file. */
  default String display() {
    return label() + "（" + header() + "）";
  }
}
