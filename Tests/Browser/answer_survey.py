#!/usr/bin/env python3
"""Answers the shipped survey in French in a real browser (Chromium driven by Selenium).

A coordinator signs in and invites a Belgian prosecution service and a labour inspectorate; the
respondent opens the link in a French-speaking browser on a phone-sized window and answers the
whole survey, page by page, with the keyboard only (the Tab stops are counted: fewer than 60 for
five topics), saves a draft, reloads and finds it, lets the autosave run, is brought back to the
page of a missing answer when submitting, submits with a double click, gets one receipt; every
page is seen on a desktop too (screenshots and page heights printed), and the second service
answers with JavaScript off, with the back button, a reload, a level refused with its "no gap"
box and a ranking clash kept as typed; axe-core finds no violation on any page or state; the coordinator reopens the
response, the respondent finds the submitted answers editable and submits a change; the needs
export of `jointtraining survey needs` holds the new answers. The coordinator's pages come up
in French too (the browser asks for it), and switch to Dutch and back with the keyboard; the
script finds their buttons by id or name, not by their words. Screenshots go to --screenshots.
"""
import argparse
import csv
import io
import os
import re
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

SERVICE = "Parquet de Liège – section traite"
FREE_TEXT = "Audition des victimes mineures avec un interprète, et coopération avec l'inspection sociale."
WHY_NOT = "Nos dossiers relèvent surtout du droit belge."
OTHER_SERVICE = "Auditorat du travail de Namur"
AXE_SCRIPT = None  # set in main: the axe-core script the axe-selenium-python package ships


def parse():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True, help="http://127.0.0.1:PORT")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--jointtraining", required=True, help="the jointtraining binary, for `survey needs`")
    parser.add_argument("--db", required=True, help="the database the server uses")
    parser.add_argument("--screenshots", required=True)
    return parser.parse_args()


class Check:
    def __init__(self):
        self.count = 0

    def __call__(self, condition, message):
        self.count += 1
        if not condition:
            raise AssertionError(message)
        print(f"  ok {self.count}: {message}")


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--lang=fr-BE", "--window-size=1280,1400", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    prefs = {"intl.accept_languages": "fr-BE,fr"}
    if not javascript:
        # The page's own script never runs; the test's scripts (axe) still can.
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    return driver


def screenshot(driver, folder, name, full=True, size=(1280, 1400)):
    """The whole page (or the window) at the width of `size`; the window gets `size` back."""
    path = os.path.join(folder, name)
    if full:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(size[0], min(max(height, size[1]), 16000))
    driver.save_screenshot(path)
    driver.set_window_size(*size)
    print(f"  screenshot {path}")


def field(driver, name):
    return driver.find_element(By.CSS_SELECTOR, f'[name="{name}"]')


def choose(driver, name, value):
    """Ticks a radio button or checkbox by clicking its label, as a person would."""
    box = driver.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]')
    labels = driver.find_elements(By.CSS_SELECTOR, f'label[for="{box.get_attribute("id")}"]')
    label = labels[0] if labels else box.find_element(By.XPATH, "./ancestor::label")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
    if not box.is_selected():
        label.click()
    return box


def select(driver, name, value):
    element = field(driver, name)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    Select(element).select_by_value(value)


def type_into(driver, name, text):
    element = field(driver, name)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.clear()
    element.send_keys(text)


def page_language(driver):
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def invite(driver, args, check):
    driver.get(args.base + "/login")
    check(page_language(driver) == "fr" and driver.find_element(By.TAG_NAME, "h1").text == "Connexion du coordinateur",
          "the sign-in page opens in the browser's language, French")
    screenshot(driver, args.screenshots, "00-sign-in.png", full=False)
    field(driver, "name").send_keys(args.user)
    field(driver, "password").send_keys(args.password + Keys.ENTER)
    WebDriverWait(driver, 10).until(EC.url_contains("/admin"))
    driver.get(args.base + "/admin/invitations")
    Select(field(driver, "country")).select_by_value("BE")
    Select(field(driver, "kind")).select_by_value("prosecution")
    type_into(driver, "service", SERVICE)
    type_into(driver, "email", "traite@parquet-liege.example.be")
    driver.find_element(By.ID, "invite-one").click()
    link = WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "code.invitation-link"))).text
    check(re.fullmatch(re.escape(args.base) + r"/s/[A-Za-z0-9_-]{43}", link) is not None, f"the invitation link is shown: {link[:len(args.base) + 10]}…")
    check("Nouveaux liens d'invitation" in driver.find_element(By.ID, "issued-heading").text, "the new link is announced in French")
    Select(field(driver, "country")).select_by_value("BE")
    Select(field(driver, "kind")).select_by_value("labour-inspection")
    type_into(driver, "service", OTHER_SERVICE)
    type_into(driver, "email", "")
    shown = driver.find_element(By.CSS_SELECTOR, "code.invitation-link")
    driver.find_element(By.ID, "invite-one").click()
    # The first link stays on screen until the answer arrives: wait for the new page, or a busy
    # machine reads the old link again.
    WebDriverWait(driver, 10).until(EC.staleness_of(shown))
    other = WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "code.invitation-link"))).text
    check(other != link, "a second service is invited, to answer without script")
    driver.find_element(By.ID, "sign-out").click()
    driver.delete_all_cookies()
    return link, other


PHONE = (390, 844)
DESKTOP = (1280, 900)
TOPICS = [  # concept, relevance, current, required, priority, staff
    ("victim-interviewing", "medium", "2", "3", "3", "6"),
    ("labour-exploitation", "high", "1", "3", "4", "12"),
    ("child-trafficking", "high", "1", "2", "2", "3"),
    ("financial-investigation", "high", "0", "2", "2", "4"),
    ("digital-evidence", "medium", "1", "2", "1", "5"),
]
RELEVANCE = ["none", "low", "medium", "high"]


class Keyboard:
    """Answers by keyboard only and counts the Tab key presses."""

    def __init__(self, driver):
        self.driver = driver
        self.tabs = 0

    def press(self, *keys):
        ActionChains(self.driver).send_keys(*keys).perform()

    def tab(self):
        self.tabs += 1
        self.press(Keys.TAB)
        return self.driver.switch_to.active_element

    def focused(self):
        return self.driver.switch_to.active_element


def page_height(driver):
    return driver.execute_script("return document.documentElement.scrollHeight")


def wait_for_step(driver, number):
    """Waits until page `number` of the form is shown (the page may still be changing meanwhile)."""
    # The values are read in one script, in the page as it is at that moment: read one element
    # at a time, an element of the page being replaced goes stale between two reads (Chrome
    # reports it either as a stale element or as a node that no longer belongs to the document).
    def shown(d):
        values = d.execute_script("return Array.from(document.querySelectorAll('input[name=_page]'), e => e.value)")
        return str(number) in (values or [])
    WebDriverWait(driver, 10).until(shown)


def axe_check(driver, check, where, results):
    """axe-core (from the axe-selenium-python package) on the page as it is now: no violation."""
    with open(AXE_SCRIPT, encoding="utf8") as script:
        driver.execute_script(script.read())
    found = driver.execute_async_script("var done = arguments[arguments.length - 1]; axe.run().then(function (r) { done(r.violations); });")
    results.append((where, len(found)))
    check(not found, f"axe: 0 violations on {where}" if not found else
          f"axe on {where}: " + "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in found))


def answer_by_keyboard(driver, check, folder, heights, axe):
    """The whole survey on a phone, keyboard only: Tab between questions, arrows and Space within."""
    keys = Keyboard(driver)
    check(page_language(driver) == "fr", "the page opens in French for a Belgian service and a French browser")
    check(driver.find_element(By.TAG_NAME, "h1").text.startswith("Besoins de formation"), "the title is in French")
    check(field(driver, "q:unit").get_attribute("value") == SERVICE, "the service name is filled in from the invitation")
    step = driver.find_element(By.ID, "step-count").text
    check(step == "Étape 1 sur 6", f"the progress says where the respondent is: {step}")
    check(driver.find_element(By.CSS_SELECTOR, "ol.steps li[aria-current=step]").text.endswith("Votre service"),
          "the progress list marks the current step")
    screenshot(driver, folder, "01-phone-step1.png", size=PHONE)
    heights.append(("phone", 1, page_height(driver)))
    axe("page 1 on a phone")

    # Page 1: the skip link, then the questions.
    skip = keys.tab()
    check(skip.get_attribute("class") == "skip-link", "the first Tab stop is the skip link")
    keys.press(Keys.ENTER)
    check(keys.tab().get_attribute("name") == "q:country", "after the skip link, Tab reaches the first question")
    check(keys.tab().get_attribute("name") == "q:service-kind", "one Tab stop per group of radio buttons")
    keys.tab()
    staff = keys.tab()
    check(staff.get_attribute("name") == "q:thb-staff", "Tab reaches the staff number")
    staff.send_keys("25")
    languages = keys.tab()
    check(languages.get_attribute("name") == "q:working-languages" and languages.get_attribute("value") == "nl",
          "Tab moves from the staff number to the first working language")
    outline = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    check(outline not in ("none", ""), f"the focused field shows a visible focus outline ({outline})")
    keys.press(Keys.ARROW_RIGHT)
    check(keys.focused().get_attribute("value") == "fr", "the arrow keys move between the working languages")
    keys.press(Keys.SPACE)
    check(choose(driver, "q:working-languages", "fr").is_selected(), "Space ticks French among the working languages")
    check(keys.tab().get_attribute("id") == "next", "one Tab stop for the tick boxes: the next is Next")
    keys.press(Keys.ENTER)
    wait_for_step(driver, 2)

    # Page 2: the topic table, one Tab stop; Up/Down between topics, Left/Right the relevance.
    heights.append(("phone", 2, page_height(driver)))
    rows = [row.get_attribute("id") for row in driver.find_elements(By.CSS_SELECTOR, "table.topic-choice tbody tr")]
    concepts = [driver.find_element(By.CSS_SELECTOR, f"#{row} input").get_attribute("name").split(":")[2] for row in rows]
    first = keys.tab()
    check(first.get_attribute("name") == "m:needs-matrix:trafficking-indicators:relevance", "Tab enters the topic table at its first topic")
    here, column = 0, 0
    for concept, relevance, *_ in sorted(TOPICS, key=lambda topic: concepts.index(topic[0])):
        target = concepts.index(concept)
        while here < target:
            keys.press(Keys.ARROW_DOWN)
            here += 1
        wanted = RELEVANCE.index(relevance)
        if column == wanted and keys.focused().is_selected() is False:
            keys.press(Keys.SPACE)
        while column < wanted:
            keys.press(Keys.ARROW_RIGHT)
            column += 1
        while column > wanted:
            keys.press(Keys.ARROW_LEFT)
            column -= 1
        if not keys.focused().is_selected():
            keys.press(Keys.SPACE)
        check(keys.focused().get_attribute("name") == f"m:needs-matrix:{concept}:relevance" and keys.focused().is_selected()
              and keys.focused().get_attribute("value") == relevance, f"{concept} ticked as {relevance} with the arrow keys")
    screenshot(driver, folder, "02-phone-topics.png", size=PHONE)
    axe("page 2 (topics) on a phone")
    check(keys.tab().get_attribute("id") == "next", "one Tab stop for the whole topic table: the next is Next")
    keys.press(Keys.ENTER)
    wait_for_step(driver, 3)

    # Page 3: one compact row per chosen topic.
    topics = driver.find_elements(By.CSS_SELECTOR, "fieldset.topic")
    check(len(topics) == 5, f"the details page has one row per chosen topic ({len(topics)})")
    by_concept = {topic[0]: topic for topic in TOPICS}
    for fieldset in topics:
        concept = fieldset.find_element(By.CSS_SELECTOR, "select").get_attribute("name").split(":")[2]
        _, _, current, required, priority, staff = by_concept[concept]
        for suffix, value in (("current-level", current), ("required-level", required), ("priority", priority)):
            element = keys.tab()
            check(element.get_attribute("name") == f"m:needs-matrix:{concept}:{suffix}", f"Tab reaches {concept} {suffix}") if suffix == "current-level" else None
            Select(element).select_by_value(value)
        keys.tab().send_keys(staff)
    check(not driver.find_element(By.CSS_SELECTOR, "[data-no-gap]").is_displayed(), "no 'no gap' box while the levels make a need")
    screenshot(driver, folder, "03-phone-details.png", size=PHONE)
    heights.append(("phone", 3, page_height(driver)))
    axe("page 3 (details) on a phone")
    check(keys.tab().get_attribute("id") == "next", "after the last topic's staff number, Tab reaches Next")
    keys.press(Keys.ENTER)
    wait_for_step(driver, 4)

    # Page 4: the free-text need with its staff, priority and levels; the ranking of the chosen topics.
    heights.append(("phone", 4, page_height(driver)))
    ranks = driver.find_elements(By.CSS_SELECTOR, "select[name^='r:top-priorities:']")
    check(len(ranks) == 5, f"the ranking offers the five chosen topics only ({len(ranks)})")
    keys.tab().send_keys(FREE_TEXT)
    keys.tab().send_keys("8")
    keys.tab()
    keys.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    check(keys.focused().get_attribute("name") == "q:other-needs-priority" and keys.focused().get_attribute("value") == "3", "priority 3 with the arrow keys")
    keys.tab()
    keys.press(Keys.ARROW_RIGHT)
    keys.tab()
    keys.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    check(keys.focused().get_attribute("name") == "q:other-needs-required-level" and keys.focused().get_attribute("value") == "2", "required level 2")
    keys.tab()  # the context, left empty
    for select in ranks:
        element = keys.tab()
        concept = element.get_attribute("name").split(":")[2]
        if concept == "labour-exploitation":
            Select(element).select_by_value("1")
        elif concept == "victim-interviewing":
            Select(element).select_by_value("2")
    check(keys.tab().get_attribute("id") == "next", "after the ranking, Tab reaches Next")
    keys.press(Keys.ENTER)
    wait_for_step(driver, 5)

    # Page 5: joint training.
    heights.append(("phone", 5, page_height(driver)))
    why = driver.find_element(By.XPATH, "//div[@data-show-if='q:joint-countries']")
    check(not why.is_displayed(), "the follow-up question is hidden until it applies")
    keys.tab()
    keys.press(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.SPACE)  # onsite, blended
    keys.tab()
    keys.press(Keys.ARROW_RIGHT, Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.SPACE)  # fr, en
    keys.tab()
    keys.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)  # 2-3 days
    keys.tab().send_keys("2027-Q3")
    keys.tab()
    keys.press(Keys.ARROW_RIGHT)  # no
    check(why.is_displayed(), "answering 'non' shows the follow-up question")
    keys.tab()  # joint services: left open, to be explained at submission
    keys.tab().send_keys(WHY_NOT)
    screenshot(driver, folder, "04-phone-joint-training.png", size=PHONE)
    axe("page 5 (joint training) on a phone")
    check(keys.tab().get_attribute("id") == "next", "after the follow-up question, Tab reaches Next")
    keys.press(Keys.ENTER)
    wait_for_step(driver, 6)

    # Page 6: the last one; Submit.
    heights.append(("phone", 6, page_height(driver)))
    keys.tab()
    keys.press(Keys.ARROW_RIGHT, Keys.SPACE)  # cepol-elearning
    keys.tab().send_keys("CEPOL 44/2025 (e-learning)")
    submit = keys.tab()
    check(submit.get_attribute("id") == "submit", "the last page ends with Submit")
    return keys


def answer_without_script(driver, args, check, link, axe):
    """The same survey with JavaScript off, by mouse, on a desktop: plain form posts page by page."""
    driver.get(link)
    check(len(driver.find_elements(By.ID, "keyboard-hint")) == 1 and not driver.find_element(By.ID, "keyboard-hint").is_displayed(),
          "without script the keyboard hint stays hidden")
    check(field(driver, "q:unit").get_attribute("value") == OTHER_SERVICE, "without script the form opens with the service filled in")
    type_into(driver, "q:thb-staff", "9")
    choose(driver, "q:working-languages", "fr")
    driver.find_element(By.ID, "next").click()
    wait_for_step(driver, 2)
    check("page=2" in driver.current_url, f"Next is a redirect to the next page: {driver.current_url.split('?')[1]}")
    # The browser's back button shows page 1 again, as saved, without posting anything.
    driver.back()
    wait_for_step(driver, 1)
    check(field(driver, "q:thb-staff").get_attribute("value") == "9", "the back button shows the saved page 1")
    driver.forward()
    wait_for_step(driver, 2)
    for concept, relevance in (("labour-exploitation", "high"), ("victim-interviewing", "medium")):
        choose(driver, f"m:needs-matrix:{concept}:relevance", relevance)
    screenshot(driver, args.screenshots, "30-desktop-topics-no-script.png", size=DESKTOP)
    driver.find_element(By.ID, "next").click()
    wait_for_step(driver, 3)
    # A current level above the required one: without script the "no gap" box comes with the explanation.
    select(driver, "m:needs-matrix:labour-exploitation:current-level", "3")
    select(driver, "m:needs-matrix:labour-exploitation:required-level", "1")
    type_into(driver, "m:needs-matrix:labour-exploitation:staff", "7")
    select(driver, "m:needs-matrix:victim-interviewing:current-level", "1")
    select(driver, "m:needs-matrix:victim-interviewing:required-level", "3")
    driver.find_element(By.ID, "next").click()
    summary = WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("Étape 3 sur 6" in driver.page_source and "Le niveau actuel dépasse le niveau requis" in summary.text,
          "a current level above the required one keeps the respondent on the page, explained")
    row = driver.find_element(By.ID, "q6-r6")
    check("Le niveau actuel dépasse le niveau requis" in row.text and row.find_element(By.CSS_SELECTOR, "[data-no-gap]").is_displayed(),
          "the explanation and the 'no gap' box sit in the topic's row")
    check(field(driver, "m:needs-matrix:labour-exploitation:staff").get_attribute("value") == "7", "what was typed is kept")
    screenshot(driver, args.screenshots, "31-desktop-level-refused-no-script.png", size=DESKTOP)
    axe("page 3 with a refusal, without script")
    choose(driver, "m:needs-matrix:labour-exploitation:no-gap", "1")
    driver.find_element(By.ID, "next").click()
    wait_for_step(driver, 4)
    # Two topics ranked first: refused, kept as typed.
    select(driver, "r:top-priorities:labour-exploitation", "1")
    select(driver, "r:top-priorities:victim-interviewing", "1")
    driver.find_element(By.ID, "next").click()
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.ID, "error-summary")))
    ranking = driver.find_element(By.XPATH, "//div[contains(@class,'question has-error')][.//select[@name='r:top-priorities:labour-exploitation']]")
    check("Le rang 1 est attribué à plusieurs thèmes." in ranking.text, "a rank given twice is explained next to the ranking")
    kept = [Select(field(driver, f"r:top-priorities:{c}")).first_selected_option.get_attribute("value") for c in ("labour-exploitation", "victim-interviewing")]
    check(kept == ["1", "1"], f"the ranks stay as typed ({kept})")
    screenshot(driver, args.screenshots, "32-desktop-ranking-clash-no-script.png", size=DESKTOP)
    axe("page 4 with a ranking clash, without script")
    select(driver, "r:top-priorities:victim-interviewing", "2")
    driver.find_element(By.ID, "next").click()
    wait_for_step(driver, 5)
    choose(driver, "q:training-languages", "fr")
    choose(driver, "q:joint-countries", "yes")
    choose(driver, "q:joint-services", "yes")
    driver.find_element(By.ID, "next").click()
    wait_for_step(driver, 6)
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 10).until(EC.url_contains("/receipt"))
    check("Merci, vos réponses ont été envoyées" in driver.page_source, "without script the survey is submitted from the last page")
    receipt = driver.current_url
    number = driver.find_element(By.ID, "contribution-id").text
    # The back button: the browser may show its own copy of the last page (back-forward cache);
    # sending it again changes nothing, it leads to the same receipt.
    driver.back()
    if driver.find_elements(By.ID, "submit"):
        driver.find_element(By.ID, "submit").click()
        WebDriverWait(driver, 10).until(EC.url_contains("/receipt"))
    else:
        driver.get(receipt)
    check(driver.find_element(By.ID, "contribution-id").text == number, "after submitting, the back button leads to nothing new: the same receipt")
    driver.get(link)
    check(len(driver.find_elements(By.ID, "survey")) == 0, "the link shows the answers read-only")


def coordinate(driver, args, check):
    """The coordinator sees the response, the heatmap, and plans with the shipped catalogues."""
    driver.delete_all_cookies()
    driver.get(args.base + "/login")
    field(driver, "name").send_keys(args.user)
    field(driver, "password").send_keys(args.password + Keys.ENTER)
    WebDriverWait(driver, 10).until(EC.url_contains("/admin"))
    check(page_language(driver) == "fr", "the dashboard is in French")
    belgium = driver.find_element(By.ID, "rates-BE")
    check(belgium.find_element(By.TAG_NAME, "caption").text == "Belgique", "the country is named in French")
    check("parquet 1 0 1 100 %" in belgium.text.replace("\n", " ").replace("\u00a0", " "), "the dashboard counts the submitted response for BE prosecution")
    screenshot(driver, args.screenshots, "05-dashboard.png")

    # The language switch by keyboard: Dutch is remembered on the next page, then back to French.
    dutch = driver.find_element(By.CSS_SELECTOR, "nav.languages a[hreflang=nl]")
    dutch.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: page_language(d) == "nl")
    driver.get(args.base + "/admin/invitations")
    check(page_language(driver) == "nl" and driver.find_element(By.TAG_NAME, "h1").text == "Uitnodigingen",
          "after choosing Dutch with the keyboard, the next page is in Dutch too")
    driver.find_element(By.CSS_SELECTOR, "nav.languages a[hreflang=fr]").send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: page_language(d) == "fr")

    driver.get(args.base + "/admin/inventory")
    heatmap = driver.find_element(By.CLASS_NAME, "heatmap")
    check("BE parquet" in heatmap.text and "12" in heatmap.text, "the heatmap shows the staff to train")
    check(driver.find_element(By.TAG_NAME, "h1").text == "Inventaire des besoins de formation", "the inventory page is in French")
    screenshot(driver, args.screenshots, "06-inventory.png")
    driver.get(args.base + "/admin/plan")
    driver.find_element(By.ID, "match-and-plan").click()
    WebDriverWait(driver, 60).until(EC.presence_of_element_located((By.ID, "plan-made")))
    made = driver.find_element(By.ID, "plan-made").text
    check("6 besoins de l'enquête thb-needs-2027" in made, f"the plan is made from the collected needs: {made}")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "ul.downloads a")]
    check(any(link.endswith("/curriculum.xml") for link in links) and any(link.endswith("/plan.json") for link in links),
          f"the plan page offers every export ({len(links)} files)")
    screenshot(driver, args.screenshots, "07-plan.png")


def reopen(driver, args, check, link, contribution):
    """The coordinator reopens the response; the link shows the submitted answers to change."""
    driver.get(args.base + "/admin/invitations")
    row = driver.find_element(By.XPATH, f"//tr[td[normalize-space()='{SERVICE}']]")
    check("réponse envoyée" in row.text, "the invitation list shows the response as submitted")
    row.find_element(By.CSS_SELECTOR, "button[name=action][value=reopen]").click()
    notice = WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "p.notice[role=status]")))
    check(notice.text.startswith("La réponse a été rouverte") and page_language(driver) == "fr",
          "the coordinator's notice is in the browser's language")
    check("réponse rouverte" in driver.find_element(By.XPATH, f"//tr[td[normalize-space()='{SERVICE}']]").text, "the list shows the response as reopened")
    screenshot(driver, args.screenshots, "08-invitations-reopened.png")
    driver.find_element(By.ID, "sign-out").click()
    driver.delete_all_cookies()

    driver.get(link)
    check(field(driver, "q:thb-staff").get_attribute("value") == "25", "after reopening, the link shows the submitted answers in the form")
    driver.get(link + "?page=3")
    select(driver, "m:needs-matrix:labour-exploitation:priority", "3")
    for number in (4, 5, 6):
        driver.find_element(By.ID, "next").click()
        wait_for_step(driver, number)
    submit = driver.find_element(By.ID, "submit")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", submit)
    submit.click()
    WebDriverWait(driver, 10).until(EC.url_contains("/receipt"))
    check(driver.find_element(By.ID, "contribution-id").text == contribution, "the new submission keeps the contribution id")
    driver.get(link)
    check(len(driver.find_elements(By.ID, "survey")) == 0, "after submitting again, the link is read-only again")


def main():
    global AXE_SCRIPT
    import axe_selenium_python
    AXE_SCRIPT = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
    args = parse()
    os.makedirs(args.screenshots, exist_ok=True)
    check = Check()
    driver = browser()
    started = time.time()
    heights = []
    axe_results = []

    def axe(where):
        axe_check(driver, check, where, axe_results)

    try:
        link, other_link = invite(driver, args, check)
        driver.set_window_size(*PHONE)
        driver.get(link)
        keys = answer_by_keyboard(driver, check, args.screenshots, heights, axe)
        print(f"  Tab stops to answer the whole survey on a phone ({PHONE[0]}×{PHONE[1]}), five topics: {keys.tabs}")
        check(keys.tabs < 60, f"the whole survey takes fewer than 60 Tab stops ({keys.tabs})")

        # Save the draft with the button (a plain form post), then come back through the link.
        driver.find_element(By.ID, "save-draft").click()
        WebDriverWait(driver, 10).until(EC.url_contains("saved=1"))
        check("Brouillon enregistré." in driver.page_source and "Étape 6 sur 6" in driver.page_source, "the draft is saved with the button, on its page")
        driver.get(link)
        check(field(driver, "q:thb-staff").get_attribute("value") == "25", "after reloading, the staff number is there")
        check(choose(driver, "q:working-languages", "fr").is_selected(), "after reloading, French is still ticked")
        driver.get(link + "?page=3")
        check(Select(field(driver, "m:needs-matrix:labour-exploitation:priority")).first_selected_option.get_attribute("value") == "4",
              "after reloading, the topics' details are as they were")
        driver.get(link + "?page=4")
        check(field(driver, "q:other-needs").get_attribute("value") == FREE_TEXT, "after reloading, the free text is there")

        # The same answers on a desktop: every page's height, a screenshot, axe.
        driver.set_window_size(*DESKTOP)
        for number in range(1, 7):
            driver.get(link + f"?page={number}")
            heights.append(("desktop", number, page_height(driver)))
            screenshot(driver, args.screenshots, f"1{number}-desktop-step{number}.png", size=DESKTOP)
            axe(f"page {number} on a desktop, five topics chosen")
        driver.set_window_size(*PHONE)

        # Autosave: within 30 s of a change, the page saves by itself and says so.
        driver.get(link + "?page=6")
        type_into(driver, "q:prior-courses", "CEPOL 44/2025 (e-learning), formation nationale 2026")
        status = driver.find_element(By.ID, "autosave-status")
        WebDriverWait(driver, 40).until(lambda d: "Enregistré automatiquement" in status.text)
        check(True, f"autosave ran on page 6: {status.text}")

        # Submitting checks everything: the missing joint-services answer is on page 5.
        driver.find_element(By.ID, "submit").click()
        summary = WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.ID, "error-summary")))
        check("Étape 5 sur 6" in driver.page_source, "a problem brings the respondent to the page holding it")
        check("Veuillez répondre à cette question." in summary.text, "the error summary says what is missing")
        question = driver.find_element(By.XPATH, "//div[contains(@class,'question has-error')][.//input[@name='q:joint-services']]")
        check("Veuillez répondre à cette question." in question.text, "the message sits next to the joint-services field")
        check(driver.switch_to.active_element.get_attribute("id") == "error-summary", "the focus moves to the error summary")
        check(field(driver, "q:joint-countries-why").get_attribute("value") == WHY_NOT, "nothing typed was lost")
        screenshot(driver, args.screenshots, "09-phone-problem-explained.png", size=PHONE, full=False)
        axe("page 5 with a problem, on a phone")
        choose(driver, "q:joint-services", "yes")
        driver.find_element(By.ID, "next").click()
        wait_for_step(driver, 6)
        check(field(driver, "q:prior-courses").get_attribute("value").endswith("formation nationale 2026"), "the autosaved text is there")

        # Submit with a double click: one submission, one receipt.
        submit = driver.find_element(By.ID, "submit")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", submit)
        ActionChains(driver).double_click(submit).perform()
        WebDriverWait(driver, 10).until(EC.url_contains("/receipt"))
        contribution = driver.find_element(By.ID, "contribution-id").text
        check(re.fullmatch(r"[0-9A-Z]{8}", contribution) is not None, f"the receipt shows the contribution id {contribution}")
        check("Merci, vos réponses ont été envoyées" in driver.page_source, "the receipt is in French")
        check(FREE_TEXT in driver.find_element(By.CLASS_NAME, "answer-copy").text, "the printable copy holds the answers")
        screenshot(driver, args.screenshots, "10-phone-receipt.png", size=PHONE)
        axe("the receipt on a phone")

        driver.get(link)
        check(len(driver.find_elements(By.ID, "survey")) == 0, "the link now shows the submitted answers read-only")
        check(contribution in driver.page_source, "with the same contribution id")

        # Every page on a desktop, for the screenshots and the page heights.
        driver.set_window_size(*DESKTOP)
        desktop_pages(driver, args, check, other_link, heights, axe)

        coordinate(driver, args, check)
        reopen(driver, args, check, link, contribution)
    finally:
        driver.quit()

    # The same survey without JavaScript. axe needs script to run, so each state is checked in a
    # second browser: the page as the first one shows it, its script tags left out.
    plain = browser(javascript=False)
    checker = browser()
    try:
        plain.set_window_size(*DESKTOP)
        checker.set_window_size(*DESKTOP)
        def plain_axe(where):
            html = re.sub(r"<script[^>]*>\s*</script>", "", plain.page_source)
            checker.get(args.base + "/assets/app.css")  # the same origin, for the stylesheet
            checker.execute_script("document.open(); document.write(arguments[0]); document.close();", html)
            WebDriverWait(checker, 10).until(lambda d: d.execute_script(
                "return document.readyState === 'complete' && document.styleSheets.length > 0"))
            axe_check(checker, check, where, axe_results)
        answer_without_script(plain, args, check, other_link, plain_axe)
    finally:
        plain.quit()
        checker.quit()

    # The needs export holds the answers, once.
    exported = subprocess.run([args.jointtraining, "survey", "needs", "--db", args.db],
                              check=True, capture_output=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
    mine = [row for row in rows if row.get("service") == SERVICE]
    check(len(mine) == 6, f"the export has the 5 topic needs and the free-text need of the service ({len(mine)} rows)")
    topics = {row["topic"]: row for row in mine if row["topic"]}
    labour = topics.get("labour-exploitation", {})
    check(labour.get("country") == "BE" and labour.get("service_kind") == "prosecution", "country and kind come from the invitation")
    check((labour.get("priority"), labour.get("current_level"), labour.get("required_level"), labour.get("headcount")) == ("3", "1", "3", "12"),
          "the labour-exploitation row has the priority changed after reopening (3), levels 1→3, 12 staff")
    check(topics.get("financial-investigation", {}).get("headcount") == "4", "the financial-investigation row has 4 staff")
    check(set(labour.get("languages", "").split()) == {"fr", "en"}, "the training languages are fr and en")
    check(set(labour.get("modes", "").split()) == {"onsite", "blended"}, "the delivery modes are onsite and blended")
    check(labour.get("period") == "2027-Q3", "the period is 2027-Q3")
    texts = [row for row in mine if not row["topic"]]
    check(len(texts) == 1 and texts[0]["text"].startswith("Audition des victimes mineures"), "the free-text need is exported as typed")
    free = texts[0] if texts else {}
    check((free.get("priority"), free.get("current_level"), free.get("required_level"), free.get("headcount")) == ("3", "1", "2", "8"),
          "the free-text need carries the staff, priority and levels asked for it (8 staff, priority 3, levels 1→2)")
    check(all(row["id"].startswith(contribution + "-2-") for row in mine), "need ids carry the contribution id and the second submission")
    other = [row for row in rows if row.get("service") == OTHER_SERVICE]
    check(len(other) == 1 and other[0]["topic"] == "victim-interviewing",
          f"the answers given without script are exported; 'no gap' is no need ({[row['topic'] for row in other]})")
    print("  page heights (px): " + ", ".join(f"{kind} {number}: {height}" for kind, number, height in heights))
    print(f"  axe: {sum(count for _, count in axe_results)} violations on {len(axe_results)} pages and states")
    print(f"browser test passed: {check.count} checks in {time.time() - started:.0f} s; {keys.tabs} Tab stops on a phone")


def desktop_pages(driver, args, check, link, heights, axe):
    """Every page of the form on a desktop for an unanswered invitation: screenshots, axe."""
    driver.get(link)
    for number in range(1, 7):
        driver.get(link + f"?page={number}")
        if number == 3:
            check("Vous n'avez encore choisi aucun thème." in driver.page_source, "the details page says when no topic was chosen")
        screenshot(driver, args.screenshots, f"2{number}-desktop-unanswered-step{number}.png", size=DESKTOP)
        axe(f"page {number} on a desktop, nothing answered")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print(f"browser test FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
