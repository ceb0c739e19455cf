package convenio.diagnostics;

/**
 * How wide text is on a terminal, so that a caret lands under the right character: a tab moves to the next multiple
 * of {@link #TAB}, East Asian wide and full-width characters take two cells, combining marks none.
 */
final class DisplayWidth {
  static final int TAB = 4;

  private DisplayWidth() {}

  /** The line as it is shown: tabs expanded to spaces, so the caret line can be built from the same widths. */
  static String expandTabs(String line) {
    StringBuilder b = new StringBuilder();
    int cells = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        int n = TAB - cells % TAB;
        b.append(" ".repeat(n));
        cells += n;
      } else {
        b.appendCodePoint(cp);
        cells += of(cp);
      }
    }
    return b.toString();
  }

  /** Cells taken by the first {@code codePoints} code points of {@code line}, tabs expanded. */
  static int cellsBefore(String line, int codePoints) {
    int cells = 0;
    int i = 0;
    for (int n = 0; n < codePoints && i < line.length(); n++) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      cells += cp == '\t' ? TAB - cells % TAB : of(cp);
    }
    return cells;
  }

  static int of(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
    if (cp < 0x1100) return 1;
    boolean wide = (cp <= 0x115F)                          // Hangul Jamo
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)   // CJK … Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3)                   // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF)                   // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F)                   // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60)                   // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)                 // pictographs and emoji
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
