package cn.congress.nomination.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.demo.DemoBanner.Login;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoBannerTest {

  @Test
  void showsTheAddressesCountsAndLogins() {
    String block = DemoBanner.render(new DemoBanner.Urls("http://localhost:8080", "/camunda", "/api/docs"),
        new DemoDistrict.Summary(23, 15, 8, 30, 900, 29_000),
        List.of(new Login("qu-zzb", "demo", "组织部工作人员", "中共某市某区委员会")),
        List.of(new Login("br-NN-BBB-sj", "demo", "党支部书记", "每个党支部 br-NN-BBB")));

    assertThat(block).contains("http://localhost:8080/camunda/app/tasklist/", "http://localhost:8080/camunda/app/cockpit/",
        "http://localhost:8080/camunda/app/admin/", "http://localhost:8080/api/docs",
        "23 recommending units (15 working committees, 8 party committees)", "900 branches", "29,000 members",
        "qu-zzb", "br-NN-BBB-sj");
  }

  @Test
  void padsChineseTextByItsWidthOnScreen() {
    assertThat(DemoBanner.pad("abc", 6)).isEqualTo("abc   ");
    assertThat(DemoBanner.pad("党支部", 8)).isEqualTo("党支部  ");
    assertThat(DemoBanner.pad("党支部书记", 4)).isEqualTo("党支部书记 ");
  }
}
