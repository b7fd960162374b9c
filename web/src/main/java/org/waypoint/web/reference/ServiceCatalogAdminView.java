package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.service.plan.YouthProgramElement;
import org.waypoint.service.reference.PirlServiceElement;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.reference.ServiceCodeInput;
import org.waypoint.service.reference.ServiceCodeView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * admin/service-catalog.xhtml: a state's service catalog for its state admin, filtered by code or
 * name, deactivated codes last; the form under the table adds a code or changes the one being edited (its code stays), and
 * each row deactivates or reactivates its code.
 */
@Named
@ViewScoped
public class ServiceCatalogAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalogService catalog;

    private String state = "KY";
    private String filter;
    private List<ServiceCodeView> codes;
    private Long editId;
    private Long editVersion;
    private RecordDraft<ServiceCodeInput> fields = RecordDraft.empty(ServiceCodeInput.class);

    /** The state's codes whose code or name contains the filter (any case), deactivated ones last. */
    public List<ServiceCodeView> getCodes() {
        if (codes == null) {
            String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
            codes = catalog.catalog(state, true).stream()
                    .filter(c -> text.isEmpty()
                            || c.code().toLowerCase(Locale.ROOT).contains(text)
                            || c.name().toLowerCase(Locale.ROOT).contains(text))
                    .toList();
        }
        return codes;
    }

    public void search() {
        codes = null;
    }

    public void stateChanged() {
        codes = null;
        cancel();
    }

    public void edit(ServiceCodeView code) {
        editId = code.id();
        editVersion = code.versionLock();
        fields = RecordDraft.from(ServiceCodeInput.class, code);
    }

    public void cancel() {
        editId = null;
        editVersion = null;
        fields = RecordDraft.empty(ServiceCodeInput.class);
    }

    public void save() {
        try {
            fields.set("stateCode", state);
            fields.set("active", null);
            ServiceCodeView saved = catalog.save(editId, editVersion, fields.toRecord());
            codes = null;
            cancel();
            Pages.info("serviceCatalog.saved", saved.code(), saved.name());
        } catch (RuntimeException e) {
            Pages.show(e, "codeForm");
        }
    }

    public void deactivate(ServiceCodeView code) {
        try {
            catalog.deactivate(code.id(), code.versionLock());
            codes = null;
            Pages.info("serviceCatalog.deactivated", code.code(), code.name());
        } catch (RuntimeException e) {
            Pages.show(e, "codeForm");
        }
    }

    public void reactivate(ServiceCodeView code) {
        try {
            RecordDraft<ServiceCodeInput> current = RecordDraft.from(ServiceCodeInput.class, code);
            current.set("active", true);
            catalog.save(code.id(), code.versionLock(), current.toRecord());
            codes = null;
            Pages.info("serviceCatalog.reactivated", code.code(), code.name());
        } catch (RuntimeException e) {
            Pages.show(e, "codeForm");
        }
    }

    /** "1200, 1201, 1004" for the table. */
    public String pirl(List<Integer> elements) {
        return elements.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public Program[] getPrograms() {
        return Program.values();
    }

    public YouthProgramElement[] getYouthElements() {
        return YouthProgramElement.values();
    }

    public PirlServiceElement[] getPirlElements() {
        return PirlServiceElement.values();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Long getEditId() {
        return editId;
    }

    /** The form's fields, bound as #{serviceCatalogAdminView.fields.name} and so on. */
    public RecordDraft<ServiceCodeInput> getFields() {
        return fields;
    }
}
