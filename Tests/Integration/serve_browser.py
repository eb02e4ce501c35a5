"""`essaylint serve`'s page in Debian's headless Chromium, driven through
chromium-driver (/usr/bin/chromedriver: Selenium downloads nothing), as an
applicant uses it: paste an essay and check it, upload a Word file and check
it; the marks, messages, requirements and rubric rows are compared with the
CLI's JSON for the same document, and the JSON the page offers for download
byte for byte. Then the keyboard, the copy button, a phone-sized window,
and text that looks like HTML staying text. A screenshot is saved in a
temporary folder and its path printed."""
import json
import os
import shutil
import time

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not fetch a browser or a driver

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from serve_common import DOCS, ROOT, Checks, Server, cli_json, temp_dir

t = Checks("serve-browser")
work = temp_dir()
shots = temp_dir()

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"

options = Options()
options.binary_location = CHROMIUM
for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1600",
            "--no-first-run", "--disable-extensions", "--disable-background-networking"):
    options.add_argument(arg)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
downloads = temp_dir()
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})

server = Server()
driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
driver.set_script_timeout(30)
wait = WebDriverWait(driver, 60)


def check_button_and_wait():
    driver.execute_script("document.getElementById('status').textContent = ''")
    driver.find_element(By.ID, "check").click()
    wait.until(lambda d: d.find_element(By.ID, "status").text.startswith("Checked")
               or d.find_element(By.ID, "problem").is_displayed())


def page_json():
    """The file the page's download link saves."""
    target = os.path.join(downloads, "essaylint-report.json")
    if os.path.exists(target):
        os.remove(target)
    link = driver.find_element(By.ID, "download")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    deadline = time.time() + 20
    while time.time() < deadline and not (os.path.exists(target) and os.path.getsize(target) > 0):
        time.sleep(0.1)
    time.sleep(0.2)
    return open(target, "rb").read() if os.path.exists(target) else b"(no file downloaded)"


def compare(label, expected_bytes):
    """The page against the CLI's JSON for the same document."""
    t.check(f"{label}: no problem shown", not driver.find_element(By.ID, "problem").is_displayed(),
            driver.find_element(By.ID, "problem").text)
    got = page_json()
    if got != expected_bytes:
        at = next((i for i, (a, b) in enumerate(zip(got, expected_bytes)) if a != b), min(len(got), len(expected_bytes)))
        print("  page:", got[max(0, at - 80):at + 80])
        print("  cli: ", expected_bytes[max(0, at - 80):at + 80])
    t.check(f"{label}: the JSON the download link saves is the CLI's, byte for byte", got == expected_bytes)
    expected = json.loads(expected_bytes)["files"][0]
    findings = expected["findings"]
    located = {i: f for i, f in enumerate(findings) if f.get("match")}
    marks = driver.execute_script("""
        return [...document.querySelectorAll('#essay mark[data-rule]')].map(m => ({
          rule: m.dataset.rule, finding: m.dataset.finding,
          // the mark's own text, without marks nested in it for other findings
          text: [...m.childNodes].map(n => n.nodeType === 3 ? n.textContent
                  : (n.dataset && n.dataset.finding === m.dataset.finding ? '' : n.textContent)).join('')
        }));""")
    # A finding's text: its marks' text in document order (one mark, or two
    # where it overlaps another without nesting; nested marks' text counts).
    full = driver.execute_script("""
        const out = {};
        for (const m of document.querySelectorAll('#essay mark[data-finding]')) {
          const f = m.dataset.finding;
          if (m.parentElement.closest('mark[data-finding="' + f + '"]')) continue;
          out[f] = (out[f] || '') + m.textContent;
        }
        return out;""")
    groups = {}
    for m in marks:
        groups.setdefault(int(m["finding"]), set()).add(m["rule"])
    t.check(f"{label}: {len(located)} findings with a match, each marked", len(located) > 0 and set(groups) == set(located),
            f"marked {sorted(groups)} located {sorted(located)}")
    t.check(f"{label}: mark[data-rule] count ({len(marks)}) covers them", len(marks) >= len(located))
    wrong = [(i, f["rule"], f["match"], full.get(str(i))) for i, f in located.items()
             if groups.get(i) != {f["rule"]} or full.get(str(i)) != f["match"]]
    t.check(f"{label}: every mark's rule and text are the finding's rule and match", not wrong, str(wrong[:3]))
    messages = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#findings li .message")]
    t.equal(f"{label}: every finding's message is listed, in order", messages, [f["message"] for f in findings])
    suggestions = driver.find_elements(By.CSS_SELECTOR, "#findings .suggestions li")
    t.equal(f"{label}: every suggestion has a copy button", len(suggestions),
            sum(len(f["suggestions"]) for f in findings))
    rows = driver.execute_script("""
        return [...document.querySelectorAll('#rubric tbody tr')].map(r => ({criterion: r.dataset.criterion,
          title: r.cells[0].textContent, risk: r.cells[1].textContent, ceiling: r.cells[2].textContent,
          evidenced: r.cells[3].textContent, missing: r.cells[4].textContent}));""")
    want = [{"criterion": c["criterion"], "title": c["title"], "risk": c["risk"], "ceiling": str(c["ceiling"]),
             "evidenced": ", ".join(c["elements"]["evidenced"]) or "—", "missing": ", ".join(c["elements"]["missing"]) or "—"}
            for c in expected["rubric"]]
    t.check(f"{label}: one rubric row per criterion ({len(want)}), with risk, ceiling and elements", rows == want and len(want) > 0,
            f"{rows[:2]} vs {want[:2]}")
    reqs = driver.execute_script("return [...document.querySelectorAll('#requirements li')].map(l => l.dataset.requirement + ':' + l.textContent)")
    t.check(f"{label}: the requirements as a checklist", [r.split(":")[0] for r in reqs] == [r["id"] for r in expected["requirements"]]
            and all(("Not met" in r) == (not q["met"]) for r, q in zip(reqs, expected["requirements"])), str(reqs))
    return expected


try:
    driver.get(server.url + "/")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#profile option")) > 1)
    t.check("the page loads with the credentials from /v1/profiles",
            [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#profile option")]
            == ["", "community-partnerships", "family-well-being"])
    Select(driver.find_element(By.ID, "profile")).select_by_value("family-well-being")
    parts = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#part option")]
    t.check("choosing a credential lists its parts", parts[0] == "" and "part1" in parts and "essay" not in parts, str(parts))
    Select(driver.find_element(By.ID, "profile")).select_by_value("")
    labels = driver.execute_script("""
        return [...document.querySelectorAll('input, select, textarea')].filter(e => e.type !== 'hidden')
          .filter(e => !document.querySelector('label[for="' + e.id + '"]')).map(e => e.id);""")
    t.equal("every control has a label", labels, [])
    t.equal("results are announced (aria-live)", driver.find_element(By.ID, "status").get_attribute("aria-live"), "polite")
    log = driver.get_log("browser") if hasattr(driver, "get_log") else []
    t.check("no console errors (CSP violations included) on load", not [l for l in log if l.get("level") == "SEVERE"], str(log))

    # 1. Paste an essay (Markdown), with a line that looks like HTML.
    essay = open(os.path.join(ROOT, "Benchmarks", "essay-1500.md"), encoding="utf-8").read()
    pasted = essay.rstrip("\n") + "\n\nA note: <img src=x onerror=\"window.__xss = 1\"> and <b>not bold</b>.\n"
    path = os.path.join(work, "essay.md")
    open(path, "w", encoding="utf-8").write(pasted)
    Select(driver.find_element(By.ID, "paste-format")).select_by_value("text/markdown")
    area = driver.find_element(By.ID, "text")
    started = time.time()
    area.send_keys(pasted)
    t.equal("the essay is in the text area as typed", area.get_attribute("value"), pasted)
    check_button_and_wait()
    compare("paste", cli_json(path))
    t.check("text that looks like HTML stays text", driver.execute_script(
        "return !document.querySelector('#essay img, #essay b') && window.__xss === undefined"
        " && document.getElementById('essay').textContent.includes('<img src=x')"))

    # Keyboard: Tab to a mark, Enter shows its finding.
    first = driver.find_element(By.CSS_SELECTOR, "#essay mark[data-finding]")
    index = first.get_attribute("data-finding")
    driver.execute_script("arguments[0].focus()", first)
    first.send_keys(Keys.ENTER)
    active = driver.switch_to.active_element
    t.equal("Enter on a highlight moves focus to its finding", active.get_attribute("id"), "finding-" + index)
    t.check("… which is shown as selected", "current" in active.get_attribute("class"))
    other = driver.find_elements(By.CSS_SELECTOR, "#essay mark[data-finding]")[-1]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", other)
    other.click()
    t.equal("a click on a highlight selects its finding", driver.switch_to.active_element.get_attribute("id"),
            "finding-" + other.get_attribute("data-finding"))
    buttons = driver.find_elements(By.CSS_SELECTOR, "#findings .suggestions button")
    if buttons:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", buttons[0])
        buttons[0].click()
        wait.until(lambda d: buttons[0].text == "Copied")
        t.check("a suggestion's copy button copies it", driver.find_element(By.ID, "status").text.startswith("Copied"))
    else:
        t.check("the pasted essay has suggestions to copy", False)

    # 2. Upload a Word document.
    area.clear()
    docx = os.path.join(DOCS, "cp-knowledge-of-self.docx")
    driver.find_element(By.ID, "file").send_keys(docx)
    check_button_and_wait()
    expected = compare("upload .docx", cli_json(docx))
    shot = os.path.join(shots, "serve-browser-docx.png")
    driver.set_window_size(1280, 2400)
    driver.execute_script("window.scrollTo(0, document.getElementById('results').offsetTop - 10)")
    driver.save_screenshot(shot)
    t.check("a screenshot was saved", os.path.getsize(shot) > 10_000)
    print(f"screenshot: {shot}")

    # 3. A phone-sized window: one column, nothing wider than the screen.
    driver.set_window_size(390, 844)
    time.sleep(0.3)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    t.check("on a phone-sized window nothing is wider than the screen", overflow <= 0, f"{overflow}px too wide")
    columns = driver.execute_script("return getComputedStyle(document.querySelector('.columns')).gridTemplateColumns.split(' ').length")
    t.equal("… and the essay and findings are one column", columns, 1)
    phone = os.path.join(shots, "serve-browser-phone.png")
    driver.save_screenshot(phone)
    print(f"screenshot: {phone}")

    # 4. An error is shown, not a blank result.
    driver.set_window_size(1280, 1600)
    driver.execute_script("document.getElementById('file').value = ''")
    area.send_keys("   ")
    driver.find_element(By.ID, "check").click()
    wait.until(lambda d: d.find_element(By.ID, "problem").is_displayed())
    t.check("checking nothing says what to do", "paste" in driver.find_element(By.ID, "problem").text.lower())
except Exception as error:  # a step that could not run is a failure, with its reason
    t.check("the browser steps ran", False, repr(error)[:500])
finally:
    driver.quit()
    server.stop()
t.finish()
