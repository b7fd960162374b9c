package org.waypoint.web.caseload;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.audit.AuditService.AuditView;
import org.waypoint.service.caseload.DashboardService;
import org.waypoint.service.caseload.DashboardService.Figures;
import org.waypoint.service.plan.PlanReviewsDueService;
import org.waypoint.service.plan.ReviewDue;
import org.waypoint.service.tasks.TaskList;
import org.waypoint.service.tasks.TaskService;
import org.waypoint.web.security.SessionUser;

/** The start page of each role (index.xhtml): figures fetched once per request. */
@Named
@RequestScoped
public class DashboardView {

    @EJB
    private DashboardService dashboard;

    @EJB
    private AuditService audit;

    @Inject
    private SessionUser user;

    private Figures figures;
    private List<AuditView> recent;
    private List<ReviewDue> reviewsDue;

    @EJB
    private PlanReviewsDueService plans;

    @EJB
    private TaskService tasks;

    private TaskList taskList;

    /** A case manager's own task list (counts per category), for the task cards; null for other roles. */
    public TaskList getTasks() {
        if (taskList == null && user.isCaseManager()) {
            taskList = tasks.tasks(null, null);
        }
        return taskList;
    }

    /** The count of one category of the case manager's list. */
    public int taskCount(String category) {
        TaskList list = getTasks();
        return list == null
                ? 0
                : list.sections().stream()
                        .filter(s -> s.category().name().equals(category))
                        .mapToInt(org.waypoint.service.tasks.TaskSection::count)
                        .sum();
    }

    /** Plans whose review is due within two weeks or overdue, soonest first. */
    public List<ReviewDue> getReviewsDue() {
        if (reviewsDue == null) {
            reviewsDue = user.isMonitor() ? List.of() : plans.reviewsDue();
        }
        return reviewsDue;
    }

    public Figures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }

    public List<AuditView> getRecentActivity() {
        if (recent == null) {
            recent = user.isAuditor() ? audit.recent(8) : List.of();
        }
        return recent;
    }
}
