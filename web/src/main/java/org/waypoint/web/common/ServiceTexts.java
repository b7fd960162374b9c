package org.waypoint.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.waypoint.service.common.Text;

/**
 * {@code #{texts.of(item.message)}}: a service's {@link Text} (a checklist item, an explanation) in the
 * language of the page, which is the signed-in staff member's (issue 19).
 */
@Named("texts")
@ApplicationScoped
public class ServiceTexts {

    public String of(Text text) {
        return Pages.text(text);
    }
}
