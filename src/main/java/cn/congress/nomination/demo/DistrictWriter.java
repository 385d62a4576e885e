package cn.congress.nomination.demo;

import cn.congress.nomination.demo.DemoUsers.DemoUser;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.IdentityRequest;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.security.Viewer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a generated district into the database: organizations, members, their Camunda groups, the logins, the
 * reference election and every member's identity. The demo writes the scenario's own district; the simulator writes
 * one of any size from the same generator.
 */
@Component
public class DistrictWriter {

  private static final Logger log = LoggerFactory.getLogger(DistrictWriter.class);
  /** The electoral unit of the generated district. */
  public static final String DISTRICT_ID = DemoScenario.DISTRICT_ID;
  /** The reference election the writer configures on it. */
  public static final String ELECTION_ID = "el-demo-district";
  static final String ELECTION = "demo/district-election.json";

  private final Organizations organizations;
  private final Members members;
  private final OrganizationGroups groups;
  private final UserAccounts accounts;
  private final ElectionService electionService;
  private final ObjectMapper objectMapper;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private Boolean postgres;

  DistrictWriter(Organizations organizations, Members members, OrganizationGroups groups, UserAccounts accounts,
                 ElectionService electionService, ObjectMapper objectMapper, JdbcTemplate jdbc,
                 PlatformTransactionManager transactionManager) {
    this.organizations = organizations;
    this.members = members;
    this.groups = groups;
    this.accounts = accounts;
    this.electionService = electionService;
    this.objectMapper = objectMapper;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Generates the district from the demo's seed with {@code branches} branches (0: the scenario's own size) and
   * writes it with its logins (all with {@code password}) and the election, in one transaction. The members are
   * generated and written {@link #BRANCHES_PER_SLICE} branches at a time, so that a district of 100,000 branches (3
   * million members) never sits in memory whole; at the demo's and the tests' sizes that is one slice.
   */
  @Transactional
  public DemoDistrict.Summary write(int branches, String password, Viewer actor) {
    return write(branches, password, actor, Runnable::run, done -> {});
  }

  /**
   * The same district, each chunk (5,000 groups, logins or branches' members) committed in a transaction of its own:
   * for the simulator's large sizes. In one transaction every engine command of the identity writes (about 700,000
   * at 100,000 branches) stays referenced by the transaction's synchronizations until the commit, with its session and
   * entity cache, and a 1 GiB heap runs out before the district is written. {@code branchesWritten} hears of every
   * slice's branches once their members, secretaries and identities are committed.
   */
  public DemoDistrict.Summary writeInChunks(int branches, String password, Viewer actor, IntConsumer branchesWritten) {
    return write(branches, password, actor, work -> transaction.executeWithoutResult(status -> work.run()),
        branchesWritten);
  }

  private DemoDistrict.Summary write(int branches, String password, Viewer actor, Consumer<Runnable> inTransaction,
                                     IntConsumer branchesWritten) {
    long start = System.nanoTime();
    DemoDistrictGenerator.Sliced district = DemoDistrictGenerator.sliced(DemoScenario.SEED, branches,
        BRANCHES_PER_SLICE);
    inTransaction.accept(() -> organizations.insert(district.organizations()));
    inChunks(district.organizations(), groups::sync, inTransaction);
    inChunks(district.staff(), users -> provision(users, password), inTransaction);
    AtomicReference<Election> election = new AtomicReference<>();
    inTransaction.accept(() -> election.set(createElection(actor)));
    long tree = System.nanoTime();
    long members = 0;
    long users = district.staff().size();
    AtomicLong identities = new AtomicLong();
    while (district.hasNext()) {
      DemoData slice = district.next();
      inTransaction.accept(() -> {
        this.members.insert(slice.members());
        refreshStatistics();
      });
      inChunks(slice.users(), secretaries -> provision(secretaries, password), inTransaction);
      List<IdentityRequest> lines = DemoIdentities.of(slice.members());
      if (!lines.isEmpty()) {
        inTransaction.accept(() -> identities.addAndGet(electionService.assignIdentities(election.get().id(), lines,
            actor)));
      }
      members += slice.members().size();
      users += slice.users().size();
      branchesWritten.accept(slice.users().size());
    }
    long end = System.nanoTime();
    log.info("District '{}' written in {} ms: {} organizations, {} members, {} users, election {} with {} identities "
            + "(tree, groups, staff and election in {} ms; members, secretaries and identities in {} ms)",
        DISTRICT_ID, millis(start, end), district.organizations().size(), members, users, election.get().id(),
        identities.get(), millis(start, tree), millis(tree, end));
    return DemoData.summary(district.organizations(), members);
  }

  /** Branches whose members are generated and written together: about 150,000 members. */
  static final int BRANCHES_PER_SLICE = 5_000;
  /** Groups or logins written between two refreshes of the statistics. */
  private static final int ROWS_BETWEEN_STATISTICS = 5_000;

  private <T> void inChunks(List<T> items, Consumer<List<T>> write, Consumer<Runnable> inTransaction) {
    for (int from = 0; from < items.size(); from += ROWS_BETWEEN_STATISTICS) {
      List<T> chunk = items.subList(from, Math.min(items.size(), from + ROWS_BETWEEN_STATISTICS));
      inTransaction.accept(() -> {
        write.accept(chunk);
        refreshStatistics();
      });
    }
  }

  /**
   * On PostgreSQL, the statistics of the tables this transaction fills, taken inside it (ANALYZE counts its own
   * uncommitted rows). Without them a statement prepared while its table was empty keeps the generic plan of an empty
   * table — the identity look-up of each slice scans the election's rows for each member id, the engine's user and
   * group look-ups scan their tables — and writing 100,000 branches turns quadratic.
   */
  private void refreshStatistics() {
    if (postgres == null) {
      postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
          .toLowerCase().contains("postgres");
    }
    // the tables filled here, by name: a database-wide ANALYZE would also lock the shared catalogs until the commit
    if (postgres) jdbc.execute("analyze organization, member, election_identity, audit_entry, act_id_group, act_id_user, "
        + "act_id_membership, act_ru_authorization");
  }

  private void provision(List<DemoUser> users, String password) {
    for (DemoUser user : users) {
      accounts.provision(user.id(), user.name(), password, List.of(user.organizationId()), List.of(user.role()));
    }
  }

  /** The login of a branch's secretary, of a unit's or committee's staff (and the second staff who confirms). */
  public static String secretaryOf(String branchId) {
    return DemoUsers.secretaryOf(branchId);
  }

  public static String staffOf(String organizationId) {
    return DemoUsers.staffOf(organizationId);
  }

  public static String secondStaffOf(String organizationId) {
    return DemoUsers.secondStaffOf(organizationId);
  }

  /** The reference election, configured through the same service (and validation) as the API. */
  private Election createElection(Viewer actor) {
    try (InputStream json = new ClassPathResource(ELECTION).getInputStream()) {
      return electionService.create(objectMapper.readValue(json, ElectionConfig.class), actor);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo election " + ELECTION, e);
    }
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
