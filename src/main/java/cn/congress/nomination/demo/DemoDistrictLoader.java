package cn.congress.nomination.demo;

import static cn.congress.nomination.demo.DemoScenario.DISTRICT_ID;

import cn.congress.nomination.demo.DemoBanner.Login;
import cn.congress.nomination.demo.DemoUsers.Post;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.campaign.CampaignService;
import cn.congress.nomination.security.Viewer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo district at the first start (after the role groups exist: AccessSetup is order 0) and prints where
 * to go and how to log in at every start. A restart finds the district and keeps it as it is.
 */
@Component
@ConditionalOnProperty(name = "nomination.demo.enabled", havingValue = "true")
public class DemoDistrictLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoDistrictLoader.class);
  static final String DEMO_ELECTION = DistrictWriter.ELECTION_ID;
  private static final Viewer LOADER = Viewer.system("demo-loader");

  private final DemoDistrict district;
  private final Organizations organizations;
  private final TransactionTemplate transaction;
  private final Environment environment;
  private final String password;
  private final CampaignService campaigns;
  private final boolean startCampaign;
  private final DistrictWriter writer;

  DemoDistrictLoader(DemoDistrict district, Organizations organizations, PlatformTransactionManager transactionManager,
                     Environment environment, @Value("${nomination.demo.password:demo}") String password,
                     CampaignService campaigns, @Value("${nomination.demo.start-campaign:true}") boolean startCampaign,
                     DistrictWriter writer) {
    this.district = district;
    this.organizations = organizations;
    this.transaction = new TransactionTemplate(transactionManager);
    this.environment = environment;
    this.password = password;
    this.campaigns = campaigns;
    this.startCampaign = startCampaign;
    this.writer = writer;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void onReady(ApplicationReadyEvent event) {
    if (load() && startCampaign) {
      // The organization department's first act, so that every branch secretary finds a task when they log in.
      campaigns.start(DEMO_ELECTION, LOADER);
      log.info("Demo campaign of {} started: the units and branches receive their tasks in batches", DEMO_ELECTION);
    }
    int port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort() : environment.getProperty("server.port", Integer.class, 8080);
    log.info(banner(port));
  }

  /** Loads the district in one transaction unless it is already there; returns whether it did. */
  public boolean load() {
    Boolean loaded = transaction.execute(status -> {
      if (district.exists()) {
        log.info("Demo district '{}' already present: kept as it is", DISTRICT_ID);
        return false;
      }
      writer.write(0, password, LOADER);
      return true;
    });
    return Boolean.TRUE.equals(loaded);
  }

  private String banner(int port) {
    String base = "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "");
    DemoBanner.Urls urls = new DemoBanner.Urls(base,
        environment.getProperty("camunda.bpm.webapp.application-path", "/camunda"),
        environment.getProperty("springdoc.swagger-ui.path", "/api/docs"));
    List<Login> logins = new ArrayList<>();
    logins.add(new Login(environment.getProperty("camunda.bpm.admin-user.id", "admin"), "(configured)",
        Role.ADMIN.label(), "camunda.bpm.admin-user"));
    for (Post post : DemoUsers.POSTS) logins.add(login(post.id(), post.role(), post.organizationId()));
    examples(logins);
    List<Login> patterns = List.of(
        new Login(DemoUsers.staffOf("ru-NN"), password, Role.COMMITTEE_STAFF.label(), "每个推荐单位 ru-NN"),
        new Login(DemoUsers.secondStaffOf("ru-NN"), password, Role.COMMITTEE_STAFF.label(), "每个推荐单位 ru-NN（复核人）"),
        new Login(DemoUsers.staffOf("cm-NN-K"), password, Role.COMMITTEE_STAFF.label(), "每个党总支/基层党委 cm-NN-K"),
        new Login(DemoUsers.secondStaffOf("cm-NN-K"), password, Role.COMMITTEE_STAFF.label(), "每个党总支/基层党委 cm-NN-K（复核人）"),
        new Login(DemoUsers.secretaryOf("br-NN-BBB"), password, Role.BRANCH_SECRETARY.label(), "每个党支部 br-NN-BBB"));
    return DemoBanner.render(urls, district.summary().orElseThrow(), logins, patterns);
  }

  /** Two units' staff, the first committee's staff and a few secretaries, as they are in the database. */
  private void examples(List<Login> logins) {
    List<Organization> units = organizations.children(DISTRICT_ID);
    units.stream().limit(2).forEach(u -> logins.add(login(DemoUsers.staffOf(u.id()), Role.COMMITTEE_STAFF, u.id())));
    List<Login> secretaries = new ArrayList<>();
    for (Organization unit : units) {
      List<Organization> subtree = organizations.subtree(unit.path());
      Organization committee = subtree.stream().filter(o -> o.type() == OrganizationType.COMMITTEE).findFirst()
          .orElse(null);
      if (secretaries.isEmpty()) {
        subtree.stream().filter(Organization::isBranch).limit(2)
            .forEach(b -> secretaries.add(login(DemoUsers.secretaryOf(b.id()), Role.BRANCH_SECRETARY, b.id())));
      }
      if (committee != null) {
        logins.add(login(DemoUsers.staffOf(committee.id()), Role.COMMITTEE_STAFF, committee.id()));
        subtree.stream().filter(o -> o.isBranch() && o.isWithin(committee.path())).findFirst()
            .ifPresent(b -> secretaries.add(login(DemoUsers.secretaryOf(b.id()), Role.BRANCH_SECRETARY, b.id())));
        break;
      }
    }
    logins.addAll(secretaries);
  }

  private Login login(String userId, Role role, String organizationId) {
    String name = organizations.find(organizationId).map(Organization::name).orElse(organizationId);
    return new Login(userId, password, role.label(), name);
  }

}
