package cn.congress.nomination.demo;

import cn.congress.nomination.demo.DemoUsers.DemoUser;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

  DistrictWriter(Organizations organizations, Members members, OrganizationGroups groups, UserAccounts accounts,
                 ElectionService electionService, ObjectMapper objectMapper) {
    this.organizations = organizations;
    this.members = members;
    this.groups = groups;
    this.accounts = accounts;
    this.electionService = electionService;
    this.objectMapper = objectMapper;
  }

  /**
   * Generates the district from the demo's seed with {@code branches} branches (0: the scenario's own size) and
   * writes it with its logins (all with {@code password}) and the election, in one transaction.
   */
  @Transactional
  public DemoDistrict.Summary write(int branches, String password, Viewer actor) {
    long start = System.nanoTime();
    DemoData data = DemoDistrictGenerator.generate(DemoScenario.SEED, branches);
    long generated = System.nanoTime();
    organizations.insert(data.organizations());
    members.insert(data.members());
    long inserted = System.nanoTime();
    groups.sync(data.organizations());
    long synced = System.nanoTime();
    for (DemoUser user : data.users()) {
      accounts.provision(user.id(), user.name(), password, List.of(user.organizationId()), List.of(user.role()));
    }
    long provisioned = System.nanoTime();
    Election election = createElection(actor);
    int identities = electionService.assignIdentities(election.id(), DemoIdentities.of(data.members()), actor);
    long configured = System.nanoTime();
    log.info("District '{}' written in {} ms: {} organizations, {} members, {} users, election {} with {} identities "
            + "(generated in {} ms, inserted in {} ms, groups in {} ms, users in {} ms, election in {} ms)",
        DISTRICT_ID, millis(start, configured), data.organizations().size(), data.members().size(), data.users().size(),
        election.id(), identities, millis(start, generated), millis(generated, inserted), millis(inserted, synced),
        millis(synced, provisioned), millis(provisioned, configured));
    return data.summary();
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
