package cn.congress.nomination.publicity;

import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organizations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of a publicity, without login (the only paths of /api open to everyone, see SecurityConfiguration):
 * what is published, and a form's endpoint to raise an objection while the period is open. The objection endpoint
 * is limited per client address (429) and in size (413), and reads the body itself so that an oversized body is
 * refused before it is parsed.
 */
@RestController
@RequestMapping(PublicPublicityController.PATH)
@Tag(name = "publicity-public", description = "公示（公开，无需登录）：公示名单，反映问题")
class PublicPublicityController {

  static final String PATH = "/api/public/publicities/{id}";

  record PublicView(String id, String title, LocalDate publishedOn, int workingDays, LocalDate firstDay,
                    LocalDate lastDay, Instant endsAt, boolean open, String howToObject, List<PublishedName> names) {}

  record PublicObjection(String memberId, String content, String contact) {}

  record Receipt(String receipt, Instant receivedAt, String message) {}

  private final Publicities publicities;
  private final Members members;
  private final Organizations organizations;
  private final ObjectionRateLimiter limiter;
  private final ObjectMapper json;
  private final int maxBodyBytes;

  PublicPublicityController(Publicities publicities, Members members, Organizations organizations,
                            ObjectionRateLimiter limiter, ObjectMapper json,
                            @Value("${nomination.publicity.public-objections.max-body-bytes:8192}") int maxBodyBytes) {
    this.publicities = publicities;
    this.members = members;
    this.organizations = organizations;
    this.limiter = limiter;
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
  }

  @GetMapping
  @Operation(summary = "What is published: the names with their particulars, the period and whether it is open")
  PublicView published(@PathVariable String id) {
    Publicity p = publicities.get(id);
    List<PublishedName> names = new ArrayList<>();
    List<String> ids = publicities.memberIds(id);
    for (int i = 0; i < ids.size(); i++) {
      int order = i + 1;
      members.find(ids.get(i)).ifPresent(m -> names.add(PublishedName.of(order, m,
          organizations.find(m.organizationId()).map(o -> o.name()).orElse(null))));
    }
    boolean open = p.isOpenAt(Publicities.now());
    return new PublicView(p.id(), p.subject().label(), p.publishedOn(), p.workingDays(), p.firstDay(), p.lastDay(),
        p.endsAt(), open, open
            ? "公示期间（截至" + p.endText() + "），可通过本页面提交反映：请写明所反映的人选和具体问题，可留联系方式以便核实"
            : "公示期已于" + p.endText() + "结束", names);
  }

  @PostMapping("/objections")
  @Operation(summary = "Raise an objection against a published name while the period is open (no login)",
      description = "Body {memberId, content, contact?}. 422 naming the field and rule, 413 too large, 429 too many "
          + "requests from this address, 422 PUBLICITY_CLOSED after the end (nothing is stored).")
  ResponseEntity<?> object(@PathVariable String id, HttpServletRequest request) throws IOException {
    String client = request.getRemoteAddr();
    long now = System.currentTimeMillis();
    if (!limiter.tryAcquire(client, now)) {
      long retry = limiter.retryAfterSeconds(client, now);
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(retry))
          .body(error(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁：同一网络地址在" + minutes(limiter) + "分钟内最多提交"
              + limiter.max() + "次，请" + Math.max(1, (retry + 59) / 60) + "分钟后再试"));
    }
    byte[] body = body(request);
    if (body == null) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(error(HttpStatus.PAYLOAD_TOO_LARGE, "提交内容过大：请求不能超过" + maxBodyBytes + "字节"));
    }
    PublicObjection given;
    try {
      given = json.readValue(body, PublicObjection.class);
    } catch (JsonProcessingException e) {
      return ResponseEntity.badRequest().body(error(HttpStatus.BAD_REQUEST, "请求格式错误：应为 JSON 对象 {memberId, content, contact}"));
    }
    if (given == null) given = new PublicObjection(null, null, null);
    Objection objection = publicities.receivePublic(id,
        new ObjectionRequest(given.memberId(), given.content(), given.contact(), ObjectionChannel.PUBLIC), client);
    return ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(objection.id(), objection.receivedAt(),
        "已收到您的反映，纪检监察机关将依规核查。"));
  }

  /** The body, or null when it is larger than allowed (read no further than the limit). */
  private byte[] body(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBodyBytes) return null;
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(maxBodyBytes + 1);
      return bytes.length > maxBodyBytes ? null : bytes;
    }
  }

  private static long minutes(ObjectionRateLimiter limiter) {
    return Math.max(1, limiter.window().toMinutes());
  }

  private static Map<String, Object> error(HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    body.put("violations", List.of());
    return body;
  }
}
