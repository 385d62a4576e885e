package cn.congress.nomination.notice;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.security.Viewer;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading notices within what the viewer may read, and a manager's retry of a failed delivery. */
@Service
class NoticeService {

  private final NoticeRows rows;
  private final Organizations organizations;
  private final AuditLog audit;

  NoticeService(NoticeRows rows, Organizations organizations, AuditLog audit) {
    this.rows = rows;
    this.organizations = organizations;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  List<Notice> list(String electionId, String organizationId, int offset, int limit, Viewer viewer) {
    List<String> within;
    if (organizationId != null) {
      Organization organization = organizations.get(organizationId);
      viewer.requireRead(organization);
      within = List.of(organization.path());
    } else {
      within = viewer.isAdmin() ? null : viewer.organizations().stream().map(Organization::path).toList();
    }
    return rows.page(within, electionId, offset, limit);
  }

  @Transactional(readOnly = true)
  Notice read(long id, Viewer viewer) {
    Notice notice = find(id);
    viewer.requireRead(organizations.get(notice.organizationId()));
    return notice;
  }

  @Transactional
  Notice retry(long id, Viewer viewer) {
    Notice notice = find(id);
    viewer.requireManage(organizations.get(notice.organizationId()));
    if (rows.retry(id)) {
      audit.record(viewer.userId(), "NOTICE_RETRIED", "NOTICE", String.valueOf(id),
          "状态=" + notice.status() + "；尝试次数=" + notice.attempts() + "；最后错误=" + notice.lastError());
    }
    return find(id);
  }

  private Notice find(long id) {
    return rows.find(id).orElseThrow(() -> new NotFoundException("通知 " + id + " 不存在"));
  }
}
