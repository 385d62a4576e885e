package cn.congress.nomination.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /dashboard} opens the page (a static file under {@code static/dashboard/}; its data come from the API). */
@Controller
class DashboardPage {

  @GetMapping({"/dashboard", "/dashboard/"})
  String page() {
    return "forward:/dashboard/index.html";
  }
}
