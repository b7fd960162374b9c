package org.waypoint.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver packages) driven by Selenium.
 * Waits on the page and on PrimeFaces' ajax queue, never on the clock; keeps a screenshot of each
 * step in target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("waypoint.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("waypoint.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path screenshots;
    private final List<String> policyViolations = new java.util.ArrayList<>();
    private final Accessibility accessibility = new Accessibility();

    public Browser(String baseUrl) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,900",
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + tempDir());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.baseUrl = baseUrl;
        this.screenshots = Path.of(System.getProperty("waypoint.screenshots", "target/screenshots"));
    }

    /**
     * Forgets the session, as a new visitor would arrive: every cookie of the browser, including
     * those of other paths than the page's (the identity provider's, issue 22), which WebDriver's
     * deleteAllCookies leaves.
     */
    public void reset() {
        ((org.openqa.selenium.chromium.HasCdp) driver)
                .executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    /** A cookie of the page's site, or null: JSESSIONID too, which is HttpOnly and hidden from scripts. */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Replaces what a field holds, as a user selecting all of it and typing: a PrimeFaces number
     * field (AutoNumeric) ignores WebDriver's clear(), so typing after it would append.
     */
    public void replace(String id, String text) {
        WebElement input = find(id);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
    }

    /**
     * Clicks an element. When a message (a PrimeFaces growl, shown for five seconds) lies over it,
     * waits for the message to go, as a person would, and clicks again.
     */
    public void click(String id) {
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item-container")));
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        }
        waitForPage();
    }

    /** Opens a menubar submenu by hovering it, then clicks one of its items. */
    public void clickMenu(String submenuId, String itemId) {
        WebElement submenu = find(submenuId);
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(submenu)
                .perform();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + itemId + "'] a, a[id='" + itemId + "']")));
        item.click();
        waitForPage();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label. On a busy machine the first click
     * can land while the panel is still opening; like a person, try again (at most three times).
     */
    public void choose(String menuId, String label) {
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5));
        By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                openMenu(menuId);
                WebElement item = shortWait.until(ExpectedConditions.visibilityOfElementLocated(option));
                if (attempt < 3) {
                    item.click();
                } else {
                    // last try: the same click event, dispatched without waiting for the animation
                    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", item);
                }
                shortWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
                waitForPage();
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
        }
        throw new AssertionError("Could not choose '" + label + "' in " + menuId + " after three tries");
    }

    /**
     * Opens a PrimeFaces selectOneMenu and waits until its opening transition is over. The menu
     * keeps the value to go back to ({@code preShowValue}) only when the transition ends (it then
     * sets {@code aria-expanded}); an item clicked, or Escape pressed, before that makes its own
     * script fail ("Cannot read properties of undefined (reading 'index')" in revert()). A person
     * cannot click that fast; a test can.
     */
    private void openMenu(String menuId) {
        WebDriverWait opening = new WebDriverWait(driver, Duration.ofSeconds(5));
        for (int attempt = 1; ; attempt++) {
            // a click on a menu that an ajax update is replacing opens the old one: click the new one again
            find(menuId + "_label").click();
            try {
                // the keyboard target of a non-editable menu is its label
                opening.until(d ->
                        "true".equals(d.findElement(By.id(menuId + "_label")).getAttribute("aria-expanded")));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks the option of a PrimeFaces selectOneButton (drawn as a radio group, issue 19) that
     * shows {@code label}, and checks that the group now announces it as the chosen one.
     */
    public void pressOption(String buttonsId, String label) {
        By radio = By.xpath("//*[@id='" + buttonsId + "']/*[@role='radio'][normalize-space(.)='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(radio)).click();
        waitForPage();
        wait.until(d -> "true".equals(d.findElement(radio).getAttribute("aria-checked")));
    }

    /** Picks the first option of a selectOneMenu whose label contains {@code text}. */
    public void chooseContaining(String menuId, String text) {
        openMenu(menuId);
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='" + menuId + "_panel']//li[contains(@data-label, '" + text + "')]")));
        String label = item.getAttribute("data-label");
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        choose(menuId, label);
    }

    /** Adds one entry to a PrimeFaces chips input. */
    public void chip(String chipsId, String text) {
        WebElement input = find(chipsId + "_input");
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForPage();
    }

    /** Waits until one of the text inputs inside the element holds a value containing {@code text}. */
    public void waitForInputValue(String id, String text) {
        wait.until(d -> d.findElement(By.id(id)).findElements(By.tagName("input")).stream()
                .anyMatch(i -> String.valueOf(i.getAttribute("value")).contains(text)));
    }

    /** Clicks a button by its visible text. */
    public void clickButtonText(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']")))
                .click();
        waitForPage();
    }

    /** Ticks (or unticks) a PrimeFaces selectBooleanCheckbox by clicking its box, as a person does. */
    public void tick(String checkboxId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")))
                .click();
        waitForPage();
    }

    /** Ticks the option of a PrimeFaces selectManyCheckbox whose label contains {@code text}. */
    public void tickOption(String checkboxesId, String text) {
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath(
                                        "//*[@id='" + checkboxesId
                                                + "']//label[contains(normalize-space(.), '" + text + "')]"
                                                + "/preceding-sibling::div[contains(@class,'ui-chkbox')]//div[contains(@class,'ui-chkbox-box')]")))
                .click();
        waitForPage();
    }

    /** Draws a zigzag on a PrimeFaces signature pad with the mouse. */
    public void draw(String signatureId) {
        WebElement canvas = find(signatureId).findElement(By.tagName("canvas"));
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(canvas, -120, 10)
                .clickAndHold()
                .moveByOffset(40, -30)
                .moveByOffset(40, 40)
                .moveByOffset(40, -40)
                .moveByOffset(40, 30)
                .release()
                .perform();
    }

    /** Presses Enter in a field, as a person finishing a line does, and waits for what it caused. */
    public void pressEnter(String id) {
        find(id).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForPage();
    }

    /** The id of the element that has the keyboard focus ("" for the page's body). */
    public String focusedId() {
        return String.valueOf(driver.switchTo().activeElement().getAttribute("id"));
    }

    /**
     * Presses keys as a keyboard-only user does, on whatever has the focus (Tab, Shift+Tab, Enter,
     * Space, the arrows, or text), then waits for what they caused.
     */
    public void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        waitForPage();
    }

    /**
     * Presses Tab (or Shift+Tab when {@code backwards}) until the focus is on the element with this
     * id or inside it; fails after a page's worth of stops, as a user would give up.
     */
    public void tabTo(String id, boolean backwards) {
        tabUntil(d -> focusIsIn(id), backwards, id);
    }

    public void tabTo(String id) {
        tabTo(id, false);
    }

    /** Presses Tab until the focus is on an element (a link, tab or button) that shows exactly {@code text}. */
    public void tabToText(String text) {
        tabUntil(d -> text.equals(d.switchTo().activeElement().getText().trim()), false, "'" + text + "'");
    }

    /** Presses Shift+Tab until the focused element has this ARIA role (back to a tab list, say). */
    public void tabBackToRole(String role) {
        tabToRole(role, true);
    }

    /** Presses Tab (Shift+Tab when {@code backwards}) until the focused element has this ARIA role. */
    public void tabToRole(String role, boolean backwards) {
        tabUntil(d -> role.equals(d.switchTo().activeElement().getAttribute("role")), backwards, "a " + role);
    }

    /** Tab (or Shift+Tab) until {@code focused} holds, at most a page's worth of stops. */
    private void tabUntil(java.util.function.Predicate<WebDriver> focused, boolean backwards, String what) {
        CharSequence key = backwards
                ? org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB)
                : org.openqa.selenium.Keys.TAB;
        for (int stop = 0; stop < 250; stop++) {
            if (focused.test(driver)) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
        }
        throw new AssertionError("Tab never reached " + what + "; the focus is on '" + focusedId() + "'");
    }

    /** Presses an arrow key until the focused element shows exactly {@code text} (an item of a tab list). */
    public void arrowTo(String text, CharSequence arrow) {
        for (int stop = 0; stop < 30; stop++) {
            if (text.equals(driver.switchTo().activeElement().getText().trim())) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(arrow).perform();
        }
        throw new AssertionError("The arrows never reached '" + text + "'; the focus is on '" + focusedId() + "'");
    }

    /** Whether the focused element is the element with this id or inside it. */
    public boolean focusIsIn(String id) {
        return (Boolean) executeScript(
                "var e = document.getElementById(arguments[0]), a = document.activeElement;"
                        + " return !!(e && a && a !== document.body && (e === a || e.contains(a)));",
                id);
    }

    /** How many elements the CSS selector finds now. */
    public int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    /** Types into a field and leaves it, so that its change event (and ajax) fires. */
    public void typeAndLeave(String id, String text) {
        type(id, text);
        find(id).sendKeys(org.openqa.selenium.Keys.TAB);
        waitForPage();
    }

    /** Clicks a link or tab by its visible text. */
    public void clickText(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='" + text + "']")))
                .click();
        waitForPage();
    }

    /**
     * Types into a PrimeFaces autoComplete and picks the suggestion that contains {@code suggestion}.
     *
     * @param id the autoComplete's client id; its input is id + "_input"
     */
    public void autocomplete(String id, String text, String suggestion) {
        type(id + "_input", text);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//*[@id='" + id + "_panel']//li[contains(normalize-space(.), '" + suggestion + "')]")))
                .click();
        waitForPage();
    }

    /** Gives a file to a PrimeFaces fileUpload (its hidden file input), as choosing it in the dialog would. */
    public void upload(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id + "_input"))
                .sendKeys(file.toAbsolutePath().normalize().toString());
        waitForPage();
    }

    /** Waits until the element shows {@code text}, for work that takes longer than a page (an import). */
    public void waitLongForText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** Whether Chart.js drew a chart into the canvas of the p:chart with this id. */
    public boolean chartDrawn(String id) {
        return wait.until(
                d -> (Boolean)
                        ((JavascriptExecutor) d)
                                .executeScript(
                                        "var c = document.querySelector(\"[id='" + id + "'] canvas\");"
                                                + " return !!(c && window.Chart && Chart.getChart(c) && Chart.getChart(c).data.datasets.length);"));
    }

    /** Runs a script in the page and answers what it returns. */
    public Object executeScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * What a stored value ran or planted in the page, or null when nothing: an alert, {@code
     * window.xssRan} set (what the test payloads run sets it), an element with an event handler, a
     * link or a source that mentions xssRan (even one that has not fired yet), or a script element
     * that is one of the payloads.
     */
    public String injectedScript() {
        try {
            org.openqa.selenium.Alert alert = driver.switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            return "an alert: " + text;
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        return (String)
                executeScript(
                        """
                var found = [];
                if (typeof window.xssRan !== 'undefined') {
                    found.push('window.xssRan = ' + window.xssRan);
                }
                var urls = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'];
                document.querySelectorAll('*').forEach(function (e) {
                    for (var i = 0; i < e.attributes.length; i++) {
                        var a = e.attributes[i], name = a.name.toLowerCase();
                        if ((name.indexOf('on') === 0 || urls.indexOf(name) >= 0) && a.value.indexOf('xssRan') >= 0) {
                            found.push('<' + e.tagName.toLowerCase() + ' ' + name + '="' + a.value + '"> in '
                                    + (e.parentElement ? e.parentElement.outerHTML.substring(0, 300) : ''));
                        }
                    }
                });
                document.querySelectorAll('script').forEach(function (s) {
                    if (/^\\s*(window\\.)?xssRan\\s*=\\s*1\\s*$/.test(s.text)) {
                        found.push('<script>' + s.text + '</script>');
                    }
                });
                return found.length ? found.join('; ') : null;""");
    }

    /**
     * The script errors (uncaught exceptions, syntax errors) the page logged since the last call: a
     * stored value that broke out of a script string without running still breaks the script.
     */
    public List<String> scriptErrors() {
        return console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Uncaught") || m.contains("SyntaxError"))
                .toList();
    }

    /**
     * What the pages' Content-Security-Policy refused since the last call (issue 18): a script, an
     * event handler, an eval, a style or a resource the policy does not allow. Chromium reports
     * each refusal on the console ("Refused to execute inline script because it violates the
     * following Content Security Policy directive: ..."); a page that works only without the policy
     * shows up here even where the test does not look at the part that broke.
     */
    public List<String> takePolicyViolations() {
        console();
        List<String> found = List.copyOf(policyViolations);
        policyViolations.clear();
        return found;
    }

    /**
     * The console entries logged since the last read (WebDriver hands each entry out once); the
     * policy refusals among them are kept for {@link #takePolicyViolations()}.
     */
    private List<LogEntry> console() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        entries.stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .forEach(policyViolations::add);
        return entries;
    }

    /**
     * Picks the first option of a PrimeFaces selectOneMenu whose label contains {@code text}, for
     * labels that no selector could quote (stored text with quotes in it) or so long that the panel
     * outgrows the window: the widget selects the item as a click on it does (change event, ajax).
     */
    public void pickContaining(String menuId, String text) {
        Object picked = executeScript(
                """
                var menu = PrimeFaces.getWidgetById(arguments[0]), text = arguments[1];
                if (!menu.items || !menu.items.length) {
                    menu.callHandleMethod(null, null); // the panel's items, built on first opening
                }
                var item = menu.items.filter(function () {
                    return (this.getAttribute('data-label') || '').indexOf(text) >= 0;
                }).first();
                if (!item.length) {
                    return 'no option of ' + arguments[0] + ' contains ' + text;
                }
                menu.selectItem(item);
                return null;""",
                menuId,
                text);
        if (picked != null) {
            throw new AssertionError(picked);
        }
        waitForPage();
    }

    public String attribute(String id, String name) {
        return find(id).getAttribute(name);
    }

    /**
     * Downloads what a link points to in this browser's session (its cookies), as the browser would
     * open it in a new tab.
     */
    public java.net.http.HttpResponse<byte[]> download(String url) {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            // HTTP/1.1 as the browser's own request over plain HTTP: the client's default h2c upgrade
            // can be answered with GOAWAY by the server mid-download
            return java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                    .header("Cookie", cookies)
                                    .GET()
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the element shows {@code text} (after an ajax update or a redirect). */
    public void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    public String text(String id) {
        return find(id).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until {@code condition} holds (the browser's usual patience), then for the page to settle. */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
        waitForPage();
    }

    public void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();"));
        accessibility.check(driver);
    }

    /**
     * The critical and serious accessibility violations (axe-core, WCAG 2.1 AA) found in the states
     * the pages were brought to since the last call (issue 19).
     */
    public List<String> takeAccessibilityViolations() {
        return accessibility.take();
    }

    /**
     * Lays pages out for a viewport of {@code width} by {@code height} CSS pixels, as a phone or a
     * desktop zoomed to 400% would (WCAG 1.4.10 reflow), until the browser closes. Chromium's
     * device metrics, since a window cannot be made narrower than about 500 px.
     */
    public void emulateViewport(int width, int height) {
        ((org.openqa.selenium.chromium.HasCdp) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("waypoint-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
