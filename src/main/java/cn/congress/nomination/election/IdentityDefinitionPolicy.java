package cn.congress.nomination.election;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The identity definition: at least one category, codes well-formed and unique, none removed while assigned. */
final class IdentityDefinitionPolicy implements ElectionPolicy {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  @Override
  public void check(ElectionConfig c, ValidationContext context, Violations v) {
    List<IdentityCategory> categories = c.identityCategories();
    if (categories.isEmpty()) {
      v.add("identityCategories", "IDENTITY_CATEGORIES_REQUIRED", "identityCategories：至少需要定义一个身份类别");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      IdentityCategory category = categories.get(i);
      String path = "identityCategories[" + i + "]";
      if (v.require(category.code(), path + ".code", "身份类别代码")) {
        if (!CODE.matcher(category.code()).matches()) {
          v.add(path + ".code", "CODE_FORMAT", path + ".code：代码 " + category.code() + " 应由大写字母、数字和下划线组成，以字母开头");
        } else if (!codes.add(category.code())) {
          v.add(path + ".code", "DUPLICATE_CODE", path + ".code：身份类别代码 " + category.code() + " 重复");
        }
      }
      v.require(category.name(), path + ".name", "身份类别名称");
      v.require(category.kind(), path + ".kind", "身份大类（LEADER/FRONTLINE/OTHER）");
    }
    Set<String> removed = new TreeSet<>(context.categoriesInUse());
    removed.removeAll(codes);
    for (String code : removed) {
      v.add("identityCategories", "CATEGORY_IN_USE", "identityCategories：身份类别 " + code + " 已有党员使用，不能删除");
    }
  }

  /** The usable part of the definition, for the policies that resolve selectors against it. */
  static java.util.Map<String, IdentityCategory> usable(ElectionConfig c) {
    java.util.Map<String, IdentityCategory> byCode = new java.util.LinkedHashMap<>();
    for (IdentityCategory category : c.identityCategories()) {
      if (category.code() != null && category.kind() != null) byCode.putIfAbsent(category.code(), category);
    }
    return byCode;
  }
}
