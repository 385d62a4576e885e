package cn.congress.nomination.organization.imports;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.time.ZoneId;
import java.util.List;

/** What both imports share: the reader chosen by the file's name, the clock of the users, the audit subject. */
final class ImportFiles {

  /** Dates in the files are the users' dates (a birth date "in the future" is judged in China's time). */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String AUDIT_SUBJECT = "IMPORT_FILE";

  private ImportFiles() {}

  static TableReader reader(String fileName) {
    return TableReader.forFile(fileName).orElseThrow(() -> new ValidationException(
        "无法导入文件 " + fileName + "：" + ImportRule.FILE_TYPE.reason(),
        List.of(new Violation(null, "file", ImportRule.FILE_TYPE.name(),
            "文件（file）：" + ImportRule.FILE_TYPE.reason() + "，实际为“" + fileName + "”"))));
  }

  /** The audit subject id column holds 128 characters. */
  static String subject(String fileName) {
    String name = fileName == null ? "" : fileName;
    return name.length() <= 128 ? name : name.substring(0, 128);
  }
}
