package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * The case file builds a tab when it is first opened (issue 21): a case manager opens a
 * participant's case file on the case notes (a link with {@code ?tab=notes}), then opens the record
 * tab, corrects the middle name (first refused with the first name emptied, the message next to the
 * field), saves, goes back to the notes and writes one: each tab's form works whichever tab the page
 * opened on, and the correction is there when the case file is opened again.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantRecordBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerCorrectsTheRecordAndWritesANoteFromACaseFileOpenedOnItsNotes() throws Exception {
        long id = Participants.register("Rosa", "1988-08-08");
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + id + "&tab=notes");
        browser.waitForText("tabs:notes", "Add a case note");

        browser.clickText("Participant");
        browser.replace("tabs:participant:firstName", "");
        browser.replace("tabs:participant:middleName", "Maria");
        browser.click("tabs:participant:save");
        browser.waitForText("tabs:participant:firstNameMessage", "First name");
        assertThat(browser.attribute("tabs:participant:middleName", "value"))
                .as("what was typed stays while the record is refused")
                .isEqualTo("Maria");

        browser.replace("tabs:participant:firstName", "Rosa");
        // a menu and a list of boxes of coded choices (converter="waypoint.enum", issue 21)
        browser.choose("tabs:participant:educationLevel", "High school equivalency (GED, HiSET)");
        browser.tickOption("tabs:participant:races", "Asian");
        browser.click("tabs:participant:save");
        browser.waitForText("growl_container", "Changes saved.");

        browser.clickText("Case notes");
        browser.type("tabs:notes:text", "Corrected the middle name from her ID.");
        browser.click("tabs:notes:saveNote");
        browser.waitForText("tabs:notes:noteList", "Corrected the middle name");

        browser.open("/participants/view.xhtml?id=" + id);
        assertThat(browser.attribute("tabs:participant:middleName", "value")).isEqualTo("Maria");
        assertThat(browser.attribute("tabs:participant:firstName", "value")).isEqualTo("Rosa");
        assertThat(browser.text("tabs:participant:educationLevel")).contains("High school equivalency");
        assertThat(browser.count("[id='tabs:participant:races'] .ui-chkbox-box.ui-state-active"))
                .isEqualTo(1);
        assertThat(browser.text("tabs:participant:races")).contains("Asian");
    }
}
