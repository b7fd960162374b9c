package org.waypoint.web.tasks;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.tasks.TaskCategory;
import org.waypoint.service.tasks.TaskItem;
import org.waypoint.service.tasks.TaskList;
import org.waypoint.service.tasks.TaskService;
import org.waypoint.web.common.Pages;

/**
 * tasks/list.xhtml: a case manager's task list (their own, or the one an LWDA admin chose with
 * {@code ?caseManager=}), every category with its count and first items, or one category whole
 * ({@code ?category=}); for an LWDA admin also the chooser and every case manager's counts.
 */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TaskService tasks;

    private String caseManager;
    private String category;
    private TaskList list;
    private List<TaskService.StaffAccountChoice> choices;
    private TaskService.DigestSetting digest;
    private boolean digestOn;

    @jakarta.inject.Inject
    private org.waypoint.web.security.SessionUser user;

    /** f:viewAction: reads the list once the view parameters are set. */
    public void load() {
        list = tasks.tasks(caseManager, TaskCategories.parse(category));
    }

    /** The chooser's action: the chosen case manager's list, by a bookmarkable GET. */
    public String show() {
        return "/tasks/list?faces-redirect=true&caseManager=" + (caseManager == null ? "" : caseManager);
    }

    /** The calling case manager's daily e-mail setting (null for other roles). */
    public TaskService.DigestSetting getDigest() {
        if (digest == null && user.isCaseManager()) {
            digest = tasks.digest();
            digestOn = digest.on();
        }
        return digest;
    }

    /** The checkbox's ajax listener: saves the setting at once. */
    public void saveDigest() {
        try {
            digest = tasks.setDigest(digestOn);
            Pages.info("tasks.digest.saved");
        } catch (RuntimeException e) {
            digestOn = false;
            Pages.show(e, "digestForm");
        }
    }

    public boolean isDigestOn() {
        getDigest();
        return digestOn;
    }

    public void setDigestOn(boolean digestOn) {
        this.digestOn = digestOn;
    }

    /** What an item is, in words: the category's sentence with its detail's labels (the date is shown beside it). */
    public String describe(TaskItem item) {
        String[] detail =
                item.detail() == null ? new String[] {""} : item.detail().split(" ");
        String first = detail[0];
        String second = detail.length > 1 ? detail[1] : "";
        String key = "tasks.describe." + item.category().name();
        return switch (item.category()) {
            case PLAN_REVIEW -> Pages.text(key, Pages.label("plan.short." + first, first));
            case UNSIGNED_PLAN -> Pages.text(key, Pages.label("plan.short." + first, first), second);
            case FOLLOW_UP_CONTACT -> Pages.text(key, first);
            case EXIT_APPROACHING -> Pages.text(key, Pages.label("enum.Program." + first, first), second);
            case ELIGIBLE_NOT_ENROLLED -> Pages.text(key, Pages.label("enum.Program." + first, first));
            case TRAINING_ENDING -> Pages.text(key, Pages.label("enum.TrainingType." + first, first));
            case APPROVAL_DECIDED -> Pages.text(key, Pages.label("enum.SupportiveStatus." + first, first));
        };
    }

    public TaskList getList() {
        return list;
    }

    public List<TaskService.StaffAccountChoice> getChoices() {
        if (choices == null) {
            choices = tasks.caseManagers();
        }
        return choices;
    }

    public List<TaskCategory> getCategories() {
        return List.of(TaskCategory.values());
    }

    public int getItemsShown() {
        return TaskService.ITEMS_SHOWN;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public void setCaseManager(String caseManager) {
        this.caseManager = caseManager;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
