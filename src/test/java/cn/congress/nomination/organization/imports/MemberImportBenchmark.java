package cn.congress.nomination.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import cn.congress.nomination.support.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.organization.Members;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports 100,000 members (and their 2,000 branches) over HTTP and prints rows per second and heap, for a first
 * import and for the same file again, beside a baseline measured in the same run (the bare batch insert). A measurement, not a timed test: it asserts only that the import succeeded.
 *
 * <pre>
 * mvn -q test -Dtest=MemberImportBenchmark -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 * mvn -q test -Dtest=MemberImportBenchmark -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest.database=postgres
 * </pre>
 * Sizes: {@code -Dbenchmark.members=…} and {@code -Dbenchmark.branches=…}.
 */
@IntegrationTest
@Tag("benchmark")
class MemberImportBenchmark {

  static final int MEMBERS = Integer.getInteger("benchmark.members", 100_000);
  static final int BRANCHES = Integer.getInteger("benchmark.branches", 2_000);
  static final int UNITS = 20;
  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"};

  @LocalServerPort int port;
  @Autowired UserAccounts userAccounts;
  @Autowired Members memberTable;
  @Autowired TransactionTemplate transaction;

  @Test
  void import100kMembers() {
    userAccounts.provision("benchmark-admin", "基准测试", "benchmark", List.of(), Set.of(Role.ADMIN));
    Api admin = Api.as(port, "benchmark-admin", "benchmark");
    StringBuilder orgs = new StringBuilder("id,parent_id,name,type,kind,sort_order\n")
        .append("bm-city,,基准市委,UPPER_COMMITTEE,,0\nbm-eu,bm-city,基准区委,ELECTORAL_UNIT,,0\n");
    for (int u = 0; u < UNITS; u++) {
      orgs.append("bm-ru").append(u).append(",bm-eu,第").append(u + 1).append("党工委,RECOMMENDING_UNIT,,").append(u)
          .append('\n');
    }
    for (int b = 0; b < BRANCHES; b++) {
      orgs.append("bm-br").append(b).append(",bm-ru").append(b % UNITS).append(",第").append(b + 1)
          .append("党支部,BRANCH,,").append(b).append('\n');
    }
    long start = System.nanoTime();
    Api.Response organizations = admin.upload("/api/imports/organizations", "orgs.csv",
        orgs.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(organizations.status()).as(organizations.body()).isEqualTo(200);
    report("organizations (with groups)", BRANCHES + UNITS + 2, System.nanoTime() - start, organizations.body());

    byte[] members = membersCsv();
    System.out.printf("members file: %d rows, %.1f MB%n", MEMBERS, members.length / 1e6);
    double baseline = bareInsertRowsPerSecond();
    for (String run : new String[] {"members, first import", "members, same file again"}) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long before = usedHeap();
      start = System.nanoTime();
      Api.Response response = admin.upload("/api/imports/members", "members.csv", members);
      long elapsed = System.nanoTime() - start;
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      report(run, MEMBERS, elapsed, response.body());
      System.out.printf("  = %.2f x the bare batch insert baseline%n", MEMBERS / (elapsed / 1e9) / baseline);
      System.out.printf("  heap used before %d MB, peak during import %d MB (whole JVM: server, engine, test)%n",
          before / 1_000_000, peakHeap() / 1_000_000);
    }
  }

  /**
   * The baseline, measured in the same run on the same database: the same number of members written by the bare
   * batch insert the import ends with (no HTTP, parsing, validation or comparison with stored rows).
   */
  private double bareInsertRowsPerSecond() {
    List<Member> rows = new ArrayList<>(MEMBERS);
    for (int i = 0; i < MEMBERS; i++) {
      rows.add(new Member("bl-m" + i, "bm-br" + (i % BRANCHES), "基准" + GIVEN[i % GIVEN.length], Gender.MALE, "汉族",
          LocalDate.of(1980, 1, 1), LocalDate.of(2005, 7, 1), Membership.FULL, Education.UNIVERSITY,
          UnitType.ENTERPRISE, "制造业", CadreLevel.NONE, Occupation.WORKER, HonourLevel.NONE, null, Sanction.NONE,
          null, false, true, false, false));
    }
    long start = System.nanoTime();
    transaction.executeWithoutResult(status -> memberTable.insert(rows));
    long elapsed = System.nanoTime() - start;
    report("baseline: bare batch insert (Members.insert, one transaction)", MEMBERS, elapsed, "");
    return MEMBERS / (elapsed / 1e9);
  }

  private static void report(String what, int rows, long nanos, String summary) {
    double seconds = nanos / 1e9;
    System.out.printf("[%s] %s: %d rows in %.2f s = %.0f rows/s  %s%n",
        TestDatabase.onPostgres() ? "PostgreSQL" : "H2", what, rows, seconds, rows / seconds, summary);
  }

  private static byte[] membersCsv() {
    Random random = new Random(42);
    StringBuilder csv = new StringBuilder(MEMBERS * 170).append(ImportApiTest.MEMBER_HEADER).append('\n');
    for (int i = 0; i < MEMBERS; i++) {
      LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
      LocalDate joined = birth.plusYears(18 + random.nextInt(20)).plusDays(random.nextInt(365));
      if (joined.isAfter(LocalDate.of(2024, 1, 1))) joined = LocalDate.of(2024, 1, 1);
      boolean sanctioned = random.nextInt(100) == 0;
      csv.append("bm-m").append(i).append(",bm-br").append(i % BRANCHES).append(',')
          .append(SURNAMES[random.nextInt(SURNAMES.length)]).append(GIVEN[random.nextInt(GIVEN.length)])
          .append(GIVEN[random.nextInt(GIVEN.length)]).append(',')
          .append(random.nextBoolean() ? "MALE" : "FEMALE").append(',').append(random.nextInt(20) == 0 ? "回族" : "汉族")
          .append(',').append(birth).append(',').append(joined).append(',')
          .append(random.nextInt(30) == 0 ? "PROBATIONARY" : "FULL").append(",UNIVERSITY,ENTERPRISE,制造业,NONE,WORKER,")
          .append("NONE,,").append(sanctioned ? "WARNING,2030-12-31" : "NONE,").append(",否,是,否,否\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
