#!/usr/bin/env python3
"""Reference optimum for the planner benchmark (used only by Benchmarks/Planning).

For every DIR/instance-NNN.json it builds the planning problem from the raw needs and
modules, independently of the Swift code, following FORMATS.md section 5:

  candidates of a need: active modules with the need's topic, whose audience includes the
  need's service kind, given in a language the staff can be trained in (primary subtags
  compared) and in a mode the need accepts. A need is seated in one module, one language
  and one mode, in one quarter (a "variant"); its staff may be spread over that variant's
  sessions. Quarters are the needs' requested periods; a need is never seated before its
  own (a need without one may go to any). A need whose service answered "no" to other
  countries (joint_countries) sits only in sessions of its own country, "no" to other
  services (joint_services) only with its own kind: such sessions form variants of their
  own, restricted to one country and/or one kind, which only needs of that country and
  kind may join; "yes" and "maybe" needs may also join the unrestricted variant.

  maximise    sum_i w_i * sum_v x[i,v]
  subject to  sum_v x[i,v] <= 1                            for every need i
              sum_i h_i x[i,v] <= max_v * k_v               for every variant v
              sum_i h_i x[i,v] >= min_v * k_v               for every variant v
              sum_v days_v * k_v <= budget
              x binary, k_v integer >= 0

and solves it exactly with scipy.optimize.milp (HiGHS). It also checks the planner's plan
DIR/plan-NNN.json against the same rules (places, languages, modes, one module per need,
whole headcount, budget, reported weight). Writes the results as a JSON list to
DIR/results.json (HiGHS may print progress lines on standard output).
"""
import glob
import json
import math
import os
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix


def primary(tag):
    return tag.lower().split("-")[0]


def quarters_of(needs):
    return sorted({n["period"] for n in needs if n.get("period")})


def restrictions_of(need, needs):
    """The (country, kind) restrictions a need may sit under; None means any."""
    wanted = {(n["country"] if n.get("jointCountries") == "no" else None,
               n["serviceKind"] if n.get("jointServices") == "no" else None)
              for n in needs if n.get("jointCountries") == "no" or n.get("jointServices") == "no"}
    wanted.add((None, None))
    result = []
    for country, kind in sorted(wanted, key=str):
        if country is not None and country != need["country"]:
            continue
        if kind is not None and kind != need["serviceKind"]:
            continue
        if need.get("jointCountries") == "no" and country is None:
            continue
        if need.get("jointServices") == "no" and kind is None:
            continue
        result.append((country, kind))
    return result


def variants_of(need, modules, needs=None):
    """Module, language and mode; with `needs`, also the quarter and the restriction."""
    result = []
    staff = {primary(t) for t in need["languages"]}
    for m in modules:
        if m["status"] != "active" or need["topic"] not in m["topics"]:
            continue
        if need["serviceKind"] not in m["audiences"]:
            continue
        for language in dict.fromkeys(m["languages"]):
            if primary(language) not in staff:
                continue
            for mode in dict.fromkeys(m["modes"]):
                if need["modes"] and mode not in need["modes"]:
                    continue
                result.append((m["id"], language.lower(), mode))
    if needs is None:
        return result
    quarters = quarters_of(needs) or [None]
    allowed = [q for q in quarters if q is None or not need.get("period") or q >= need["period"]]
    return [base + (q,) + r for base in result for q in allowed for r in restrictions_of(need, needs)]


def solve(instance):
    needs, modules, budget = instance["needs"], instance["modules"], instance["budgetDays"]
    by_id = {m["id"]: m for m in modules}
    pairs = []  # (need index, variant key)
    variant_keys = []
    variant_index = {}
    for i, need in enumerate(needs):
        for key in variants_of(need, modules, needs):
            if key not in variant_index:
                variant_index[key] = len(variant_keys)
                variant_keys.append(key)
            pairs.append((i, variant_index[key]))
    if not pairs:
        return 0, "optimal"
    nx, nk = len(pairs), len(variant_keys)
    c = np.zeros(nx + nk)
    for p, (i, _) in enumerate(pairs):
        c[p] = -needs[i]["weight"]
    rows = len(needs) + 2 * nk + 1
    a = lil_matrix((rows, nx + nk))
    lb = np.full(rows, -np.inf)
    ub = np.zeros(rows)
    for p, (i, v) in enumerate(pairs):
        a[i, p] = 1
        h = needs[i]["headcount"]
        a[len(needs) + v, p] = h            # load - max*k <= 0
        a[len(needs) + nk + v, p] = -h      # min*k - load <= 0
    for i in range(len(needs)):
        ub[i] = 1
    k_upper = np.zeros(nk)
    for v, key in enumerate(variant_keys):
        m = by_id[key[0]]
        a[len(needs) + v, nx + v] = -m["max"]
        a[len(needs) + nk + v, nx + v] = m["min"]
        a[rows - 1, nx + v] = m["days"]
        total = sum(needs[i]["headcount"] for i, w in pairs if w == v)
        k_upper[v] = math.ceil(total / max(1, m["min"]))
    ub[rows - 1] = budget
    integrality = np.ones(nx + nk)
    bounds = Bounds(np.zeros(nx + nk), np.concatenate([np.ones(nx), k_upper]))
    result = milp(c, constraints=LinearConstraint(a.tocsr(), lb, ub), integrality=integrality,
                  bounds=bounds, options={"time_limit": 120, "mip_rel_gap": 0})
    status = "optimal" if result.status == 0 else f"status {result.status}: {result.message}"
    if result.x is None:
        return 0, status
    return int(round(-result.fun)), status


def check(instance, plan):
    """Every rule the plan must keep, checked without the planner's code."""
    problems = []
    needs = {n["id"]: n for n in instance["needs"]}
    modules = {m["id"]: m for m in instance["modules"]}
    seated = {}
    module_of = {}
    days = 0.0
    for course in plan["courses"]:
        m = modules.get(course["module"])
        if m is None or m["status"] != "active":
            problems.append(f"course of unknown or withdrawn module {course['module']}")
            continue
        days += m["days"]
        participants = sum(course["placements"].values())
        if not m["min"] <= participants <= m["max"]:
            problems.append(f"{course['module']}: {participants} participants outside {m['min']}-{m['max']}")
        if course["language"] not in [l.lower() for l in m["languages"]]:
            problems.append(f"{course['module']}: language {course['language']} not offered")
        if course["mode"] not in m["modes"]:
            problems.append(f"{course['module']}: mode {course['mode']} not offered")
        for need_id, staff in course["placements"].items():
            need = needs[need_id]
            key = (course["module"], course["language"], course["mode"])
            if key not in variants_of(need, instance["modules"]):
                problems.append(f"{need_id} in {key}, which is not a candidate for it")
            if module_of.setdefault(need_id, course["module"]) != course["module"]:
                problems.append(f"{need_id} spread over two modules")
            seated[need_id] = seated.get(need_id, 0) + staff
            if need.get("period") and (course.get("quarter") or "") < need["period"]:
                problems.append(f"{need_id} asked for {need['period']}, seated in {course.get('quarter')}")
        ids = list(course["placements"])
        countries = {needs[i]["country"] for i in ids}
        kinds = {needs[i]["serviceKind"] for i in ids}
        for i in ids:
            if needs[i].get("jointCountries") == "no" and len(countries) > 1:
                problems.append(f"{i} answered no to other countries, sits with {sorted(countries)}")
            if needs[i].get("jointServices") == "no" and len(kinds) > 1:
                problems.append(f"{i} answered no to other services, sits with {sorted(kinds)}")
    weight = 0
    for need_id, staff in seated.items():
        if staff != needs[need_id]["headcount"]:
            problems.append(f"{need_id}: {staff} of {needs[need_id]['headcount']} staff seated")
        else:
            weight += needs[need_id]["weight"]
    if days > instance["budgetDays"] + 1e-6:
        problems.append(f"{days} days used, budget {instance['budgetDays']}")
    if weight != plan["coveredWeight"]:
        problems.append(f"reported weight {plan['coveredWeight']}, recomputed {weight}")
    return weight, problems


def main():
    directory = sys.argv[1]
    results = []
    for path in sorted(glob.glob(os.path.join(directory, "instance-*.json"))):
        name = os.path.basename(path)[len("instance-"):-len(".json")]
        with open(path, encoding="utf-8") as f:
            instance = json.load(f)
        with open(os.path.join(directory, f"plan-{name}.json"), encoding="utf-8") as f:
            plan = json.load(f)
        optimum, status = solve(instance)
        weight, problems = check(instance, plan)
        results.append({"name": name, "optimum": optimum, "planner": weight, "status": status, "problems": problems})
    with open(os.path.join(directory, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
