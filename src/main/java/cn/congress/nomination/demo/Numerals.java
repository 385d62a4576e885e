package cn.congress.nomination.demo;

/** Chinese numerals for ordinals in names: 第一党支部 … 第九十九党支部. */
final class Numerals {
  private Numerals() {}

  private static final String DIGITS = "零一二三四五六七八九";

  static String of(int n) {
    if (n < 1 || n > 99) return Integer.toString(n);
    if (n < 10) return String.valueOf(DIGITS.charAt(n));
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : DIGITS.charAt(ones));
  }
}
