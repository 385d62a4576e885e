package cn.congress.nomination.organization.imports;

/** A column of an import file: its English header, the Chinese label used in messages, and what its values may be. */
interface Column {

  /**
   * What the enums of columns hold for each constant.
   *
   * @param header the header text, exactly as it must appear in row 1
   * @param label the Chinese name shown to the user next to the header
   * @param required whether a row must give a value (every column must be in the header either way)
   * @param maxLength longest text accepted (the database column's size), 0 for values that are not free text
   */
  record Spec(String header, String label, boolean required, int maxLength) {}

  Spec spec();

  default String header() {
    return spec().header();
  }

  default String label() {
    return spec().label();
  }

  default boolean required() {
    return spec().required();
  }

  default int maxLength() {
    return spec().maxLength();
  }

  /** "出生日期（birth_date）": how messages name a column, so the user finds it in their file. */
  default String display() {
    return label() + "（" + header() + "）";
  }
}
