#!/usr/bin/env python3
"""Answers the shipped survey in French in a real browser (Chromium driven by Selenium).

A coordinator signs in and invites a Belgian prosecution service; the respondent opens the
link in a French-speaking browser, answers every section with keyboard and mouse, saves a
draft, reloads and finds it, sees the server's explanations next to the fields, lets the
autosave run, submits with a double click, gets one receipt; the coordinator reopens the
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


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--lang=fr-BE", "--window-size=1280,1400", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-BE,fr"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    return driver


def screenshot(driver, folder, name, full=True):
    path = os.path.join(folder, name)
    if full:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(height, 800), 16000))
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1400)
    print(f"  screenshot {path}")


def field(driver, name):
    return driver.find_element(By.CSS_SELECTOR, f'[name="{name}"]')


def choose(driver, name, value):
    """Ticks a radio button or checkbox by clicking its label, as a person would."""
    box = driver.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]')
    label = driver.find_element(By.CSS_SELECTOR, f'label[for="{box.get_attribute("id")}"]')
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
    driver.find_element(By.ID, "sign-out").click()
    driver.delete_all_cookies()
    return link


def answer_first_part(driver, check, folder):
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr", "the page opens in French for a Belgian service and a French browser")
    check(driver.find_element(By.TAG_NAME, "h1").text.startswith("Besoins de formation"), "the title is in French")
    check(field(driver, "q:unit").get_attribute("value") == SERVICE, "the service name is filled in from the invitation")
    screenshot(driver, folder, "01-form-top.png", full=False)

    # Keyboard only: from the staff field, Tab reaches the first working language; Space ticks it.
    staff = field(driver, "q:thb-staff")
    staff.click()
    staff.send_keys("25")
    staff.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    check(focused.get_attribute("name") == "q:working-languages" and focused.get_attribute("value") == "nl",
          "Tab moves from the staff number to the first working language")
    outline = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    check(outline not in ("none", ""), f"the focused field shows a visible focus outline ({outline})")
    focused.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    focused.send_keys(Keys.SPACE)
    check(choose(driver, "q:working-languages", "fr").is_selected(), "Space ticks French among the working languages")

    # The topic matrix: one fieldset per topic.
    for concept, relevance, current, required, priority, staff in [
        ("labour-exploitation", "high", "1", "3", "4", "12"),
        ("victim-interviewing", "medium", "2", "3", "3", "6"),
        ("financial-investigation", "high", "0", "2", "2", "4"),
    ]:
        select(driver, f"m:needs-matrix:{concept}:relevance", relevance)
        select(driver, f"m:needs-matrix:{concept}:current-level", current)
        select(driver, f"m:needs-matrix:{concept}:required-level", required)
        select(driver, f"m:needs-matrix:{concept}:priority", priority)
        type_into(driver, f"m:needs-matrix:{concept}:staff", staff)
    legend = driver.find_element(By.XPATH, "//fieldset[contains(@class, 'topic')][.//select[@name='m:needs-matrix:labour-exploitation:relevance']]/legend").text
    check(legend != "", f"the labour-exploitation row has its legend: {legend}")
    type_into(driver, "q:other-needs", FREE_TEXT)
    # The free-text need's own staff, priority and levels, which the needs export carries.
    type_into(driver, "q:other-needs-staff", "8")
    choose(driver, "q:other-needs-priority", "3")
    choose(driver, "q:other-needs-current-level", "1")
    choose(driver, "q:other-needs-required-level", "2")
    select(driver, "r:top-priorities:labour-exploitation", "1")
    select(driver, "r:top-priorities:victim-interviewing", "2")


def answer_second_part(driver, check):
    choose(driver, "q:delivery-modes", "onsite")
    choose(driver, "q:delivery-modes", "blended")
    choose(driver, "q:training-languages", "fr")
    choose(driver, "q:training-languages", "en")
    choose(driver, "q:duration", "2-3-days")
    type_into(driver, "q:preferred-period", "2027-Q3")
    why = driver.find_element(By.XPATH, "//div[@data-show-if='q:joint-countries']")
    check(not why.is_displayed(), "the follow-up question is hidden until it applies")
    choose(driver, "q:joint-countries", "no")
    check(why.is_displayed(), "answering 'non' shows the follow-up question")
    type_into(driver, "q:joint-countries-why", WHY_NOT)
    choose(driver, "q:prior-training-kinds", "cepol-elearning")
    type_into(driver, "q:prior-courses", "CEPOL 44/2025 (e-learning)")


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
    check("4 besoins de l'enquête thb-needs-2027" in made, f"the plan is made from the collected needs: {made}")
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
    select(driver, "m:needs-matrix:labour-exploitation:priority", "3")
    submit = driver.find_element(By.XPATH, "//button[normalize-space()='Envoyer les réponses']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", submit)
    submit.click()
    WebDriverWait(driver, 10).until(EC.url_contains("/receipt"))
    check(driver.find_element(By.ID, "contribution-id").text == contribution, "the new submission keeps the contribution id")
    driver.get(link)
    check(len(driver.find_elements(By.ID, "survey")) == 0, "after submitting again, the link is read-only again")


def main():
    args = parse()
    os.makedirs(args.screenshots, exist_ok=True)
    check = Check()
    driver = browser()
    started = time.time()
    try:
        link = invite(driver, args, check)
        driver.get(link)
        answer_first_part(driver, check, args.screenshots)

        # Save the draft with the button (a plain form post), then come back through the link.
        driver.find_element(By.XPATH, "//button[normalize-space()='Enregistrer le brouillon']").click()
        WebDriverWait(driver, 10).until(EC.url_contains("saved=1"))
        check("Brouillon enregistré." in driver.page_source, "the draft is saved with the button")
        driver.get(link)
        check(field(driver, "q:thb-staff").get_attribute("value") == "25", "after reloading, the staff number is there")
        check(choose(driver, "q:working-languages", "fr").is_selected(), "after reloading, French is still ticked")
        check(Select(field(driver, "m:needs-matrix:labour-exploitation:priority")).first_selected_option.get_attribute("value") == "4",
              "after reloading, the topic matrix is as it was")
        check(field(driver, "q:other-needs").get_attribute("value") == FREE_TEXT, "after reloading, the free text is there")

        answer_second_part(driver, check)
        screenshot(driver, args.screenshots, "02-form-filled.png")

        # Autosave: within 30 s of a change, the page saves by itself and says so.
        type_into(driver, "q:prior-courses", "CEPOL 44/2025 (e-learning), formation nationale 2026")
        status = driver.find_element(By.ID, "autosave-status")
        WebDriverWait(driver, 40).until(lambda d: "Enregistré automatiquement" in status.text)
        check(True, f"autosave ran: {status.text}")

        # A required answer left out is explained next to its field, in French.
        joint_services = driver.find_elements(By.CSS_SELECTOR, 'input[name="q:joint-services"]')
        check(not any(box.is_selected() for box in joint_services), "the joint-services question is still open")
        # Two topics ranked first: refused, not renumbered.
        select(driver, "r:top-priorities:victim-interviewing", "1")
        driver.find_element(By.XPATH, "//button[normalize-space()='Envoyer les réponses']").click()
        summary = WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.ID, "error-summary")))
        check("Veuillez répondre à cette question." in summary.text, "the error summary says what is missing")
        question = driver.find_element(By.XPATH, "//div[contains(@class,'question has-error')][.//input[@name='q:joint-services']]")
        check("Veuillez répondre à cette question." in question.text, "the message sits next to the joint-services field")
        check(driver.switch_to.active_element.get_attribute("id") == "error-summary", "the focus moves to the error summary")
        screenshot(driver, args.screenshots, "03-problem-explained.png", full=False)
        check(field(driver, "q:joint-countries-why").get_attribute("value") == WHY_NOT, "nothing typed was lost")
        ranking = driver.find_element(By.XPATH, "//div[contains(@class,'question has-error')][.//select[@name='r:top-priorities:labour-exploitation']]")
        check("Le rang 1 est attribué à plusieurs thèmes." in ranking.text, "a rank given twice is explained next to the ranking")
        select(driver, "r:top-priorities:labour-exploitation", "1")
        select(driver, "r:top-priorities:victim-interviewing", "2")

        # Submit with a double click: one submission, one receipt.
        choose(driver, "q:joint-services", "yes")
        submit = driver.find_element(By.XPATH, "//button[normalize-space()='Envoyer les réponses']")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", submit)
        ActionChains(driver).double_click(submit).perform()
        WebDriverWait(driver, 10).until(EC.url_contains("/receipt"))
        contribution = driver.find_element(By.ID, "contribution-id").text
        check(re.fullmatch(r"[0-9A-Z]{8}", contribution) is not None, f"the receipt shows the contribution id {contribution}")
        check("Merci, vos réponses ont été envoyées" in driver.page_source, "the receipt is in French")
        check(FREE_TEXT in driver.find_element(By.CLASS_NAME, "answer-copy").text, "the printable copy holds the answers")
        screenshot(driver, args.screenshots, "04-receipt.png")

        driver.get(link)
        check(len(driver.find_elements(By.ID, "survey")) == 0, "the link now shows the submitted answers read-only")
        check(contribution in driver.page_source, "with the same contribution id")

        coordinate(driver, args, check)
        reopen(driver, args, check, link, contribution)
    finally:
        driver.quit()

    # The needs export holds the answers, once.
    exported = subprocess.run([args.jointtraining, "survey", "needs", "--db", args.db],
                              check=True, capture_output=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
    mine = [row for row in rows if row.get("service") == SERVICE]
    check(len(mine) == 4, f"the export has the 3 topic needs and the free-text need of the service ({len(mine)} rows)")
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
    print(f"browser test passed: {check.count} checks in {time.time() - started:.0f} s")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print(f"browser test FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
