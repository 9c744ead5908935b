"""One look for every figure in the pack.

Which colour is which outlet? Always the same one. The palette is Okabe and
Ito's, which readers with colour-blindness can tell apart; every bar also
carries a label, so colour is never the only cue. Plot functions take a
DataFrame and return the matplotlib ``Axes``, titled, labelled and with a
source line.
"""

import pandas as pd

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
GREY = "#999999"
# Fixed colours for the bundled outlets; other outlets take the rest in turn.
OUTLET_COLOURS = {
    "KentOnline": OKABE_ITO["blue"],
    "Wandsworth outlet": OKABE_ITO["orange"],
    "Worcestershire outlet": OKABE_ITO["bluish_green"],
}
# Fixed colours for the voices in a story.
GROUP_COLOURS = {
    "union": OKABE_ITO["vermillion"],
    "government": OKABE_ITO["sky_blue"],
    "other": OKABE_ITO["reddish_purple"],
    "narration": GREY,
}
SOURCE = "Source: samestory corpus, three UK local news articles, 14 September 2018"
STYLE = {
    "figure.figsize": (7.0, 3.2),
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "font.size": 10,
}


def outlet_colours(outlets) -> dict:
    """Give each outlet its colour: the fixed one, else the next free one.

    Parameters
    ----------
    outlets : iterable of str
        Outlet names.

    Returns
    -------
    dict
        ``{outlet: "#RRGGBB"}``; the same outlet always gets the same colour
        for the same set of outlets.

    Examples
    --------
    >>> outlet_colours(["KentOnline", "The Example Times"])
    {'KentOnline': '#0072B2', 'The Example Times': '#56B4E9'}
    """
    colours = {}
    spare = [c for c in OKABE_ITO.values() if c not in OUTLET_COLOURS.values()]
    for outlet in sorted(set(outlets), key=str):
        if outlet in OUTLET_COLOURS:
            colours[outlet] = OUTLET_COLOURS[outlet]
        else:
            colours[outlet] = spare.pop(0) if spare else GREY
    return {outlet: colours[outlet] for outlet in outlets}


def bar_by_outlet(table: pd.DataFrame, value: str, *, title: str, xlabel: str, source: str = SOURCE):
    """Draw one labelled horizontal bar per outlet.

    Parameters
    ----------
    table : DataFrame
        One row per outlet, with an ``outlet`` column and the ``value`` column.
    value : str
        The column to draw.
    title : str
        A title that states the finding.
    xlabel : str
        What the value is, with its unit.
    source : str
        The source line under the plot.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> ax = bar_by_outlet(pd.DataFrame({"outlet": ["A", "B"], "words": [300, 450]}),
    ...                    "words", title="B is longer", xlabel="Words")
    >>> ax.get_title(loc="left"), [t.get_text() for t in ax.texts]
    ('B is longer', ['300', '450'])
    """
    fig, ax = new_axes(height=0.6 + 0.5 * len(table))
    colours = outlet_colours(table["outlet"])
    bars = ax.barh(table["outlet"], table[value], color=[colours[o] for o in table["outlet"]])
    ax.bar_label(bars, labels=[f"{number:,}" for number in table[value]], padding=3)
    ax.invert_yaxis()
    ax.margins(x=0.12)
    return finish(ax, title=title, xlabel=xlabel, ylabel="", source=source)


def new_axes(*, width: float = 7.0, height: float = 3.2):
    """Make a figure and axes in the pack's style.

    Returns
    -------
    (Figure, Axes)

    Examples
    --------
    >>> fig, ax = new_axes(height=2)
    >>> fig.get_size_inches().tolist()
    [7.0, 2.0]
    """
    import matplotlib.pyplot as plt

    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return fig, ax


def finish(ax, *, title: str, xlabel: str, ylabel: str, source: str = SOURCE):
    """Title and label an Axes and add the source line under it.

    Returns
    -------
    matplotlib.axes.Axes
        The same ``ax``.

    Examples
    --------
    >>> fig, ax = new_axes()
    >>> finish(ax, title="Pay rose", xlabel="Year", ylabel="£").get_xlabel()
    'Year'
    """
    ax.set_title(title, loc="left", fontweight="bold", fontsize=12)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    # supxlabel sits under everything and constrained layout makes room for it.
    ax.figure.supxlabel(source, x=0.01, ha="left", fontsize=8, color="#555555")
    return ax


def plot_log_odds(
    scores: pd.DataFrame,
    *,
    names: tuple = ("a", "b"),
    title: str,
    labels: int = 8,
    threshold: float = 1.96,
    source: str = SOURCE,
):
    """Draw a Fightin' Words plot: how often each word is used against its z-score.

    Each dot is a term: up (colour and ▲ of the first group) if it leans to
    the first group, down (▼) if to the second. Beyond the dashed lines
    (``|z| >= threshold``) a dot is drawn larger and edged in black: a term
    typical of its group. The ``labels`` most distinctive terms of each side
    are written beside their dots (terms on the same spot share one label).

    Parameters
    ----------
    scores : DataFrame
        From ``samestory.language.log_odds``: ``term``, ``count_a``,
        ``count_b``, ``z``.
    names : (str, str)
        The two groups' names, for the colours and legend: voices
        (``"union"``, ``"government"``) and outlets take their fixed colours.
    title : str
        A title that states the finding.
    labels : int
        How many terms to label on each side.
    threshold : float
        The z-score beyond which a term counts as distinctive.
    source : str
        The source line under the plot.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> scores = pd.DataFrame({"term": ["strike", "safe", "pay"], "count_a": [30, 5, 1],
    ...                        "count_b": [2, 20, 1], "z": [3.1, -2.5, 0.1]})
    >>> ax = plot_log_odds(scores, names=("union", "government"), title="Words apart", labels=1)
    >>> sorted(t.get_text() for t in ax.texts if t.get_text() in ("strike", "safe", "pay"))
    ['safe', 'strike']
    """
    name_a, name_b = names
    fig, ax = new_axes(height=4.6)
    colour = _pair_colours(name_a, name_b)
    total = scores["count_a"] + scores["count_b"]
    strong = scores["z"].abs() >= threshold
    sides = [(scores["z"] > 0, colour[0], "^", name_a), (scores["z"] < 0, colour[1], "v", name_b)]
    ax.scatter(total[scores["z"] == 0], scores["z"][scores["z"] == 0], s=14, color=GREY, marker="o")
    for side, side_colour, marker, name in sides:
        faint, bold = side & ~strong, side & strong
        ax.scatter(total[faint], scores["z"][faint], s=16, color=side_colour, alpha=0.45, marker=marker,
                   label=f"leans {name}")
        if bold.any():
            ax.scatter(total[bold], scores["z"][bold], s=40, color=side_colour, marker=marker,
                       edgecolor="black", linewidth=0.6, label=f"typical of {name} (|z| ≥ {threshold:g})")
    for level in (threshold, -threshold):
        ax.axhline(level, color=GREY, linestyle="--", linewidth=0.8)
    ax.axhline(0, color="black", linewidth=0.5)
    ordered = scores.assign(total=total).sort_values(["z", "term"], ascending=[False, True], kind="stable")
    top = ordered.head(labels) if labels > 0 else ordered.iloc[:0]
    bottom = ordered.tail(labels).iloc[::-1] if labels > 0 else ordered.iloc[:0]
    for picked, above in ((top[top["z"] > 0], True), (bottom[bottom["z"] < 0], False)):
        for (x, y), terms in picked.groupby(["total", "z"], sort=False)["term"]:
            ax.annotate(", ".join(terms), (x, y), xytext=(5, 3 if above else -3), textcoords="offset points",
                        fontsize=8, va="bottom" if above else "top", color="black")
    ax.set_xscale("log")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3, fontsize=8, frameon=False)
    ax.margins(x=0.15, y=0.12)
    return finish(
        ax,
        title=title,
        xlabel="Times the word is used, both groups together (log scale)",
        ylabel=f"z-score: {name_a} (+) vs {name_b} (−)",
        source=source,
    )


def _pair_colours(name_a: str, name_b: str) -> tuple:
    if name_a in GROUP_COLOURS and name_b in GROUP_COLOURS:
        return GROUP_COLOURS[name_a], GROUP_COLOURS[name_b]
    if name_a in OUTLET_COLOURS or name_b in OUTLET_COLOURS:
        known = outlet_colours([name_a, name_b])
        return known[name_a], known[name_b]
    return OKABE_ITO["blue"], OKABE_ITO["orange"]


REUSE_COLOURS = {
    "shared, inside quotation": OKABE_ITO["yellow"],
    "shared, narration": GREY,
    "not found elsewhere": "#EEEEEE",
}


def plot_reuse_share(shares: pd.DataFrame, *, title: str | None = None, source: str = SOURCE):
    """Draw how much of each article is also found in another article.

    One stacked bar per outlet: the share of its characters that another
    article also prints inside quotation marks, then in narration, then the
    rest. Each part is labelled with its percentage.

    Parameters
    ----------
    shares : DataFrame
        As returned by ``samestory.reuse.reuse_share``; the rows with
        ``other == "any"`` are drawn (all rows when there is no ``other``
        column). Needs ``outlet``, ``chars``, ``quote_shared_chars`` and
        ``narration_shared_chars``.
    title : str, optional
        Default: a title naming the outlet with the largest share found in
        another article.
    source : str
        The source line under the plot.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> shares = pd.DataFrame({"outlet": ["A", "B"], "other": ["any", "any"], "chars": [100, 200],
    ...                        "quote_shared_chars": [50, 20], "narration_shared_chars": [10, 0]})
    >>> ax = plot_reuse_share(shares)
    >>> ax.get_title(loc="left"), [t.get_text() for t in ax.texts]
    ('Most shared: A, 60% of its text', ['50%', '10%', '10%', '40%', '90%'])
    """
    if "other" in shares.columns:
        shares = shares[shares["other"] == "any"]
    chars = shares["chars"].where(shares["chars"] > 0, 1)
    parts = {
        "shared, inside quotation": shares["quote_shared_chars"] / chars,
        "shared, narration": shares["narration_shared_chars"] / chars,
    }
    parts["not found elsewhere"] = 1 - parts["shared, inside quotation"] - parts["shared, narration"]
    fig, ax = new_axes(height=1.2 + 0.5 * len(shares))
    left = pd.Series(0.0, index=shares.index)
    for (name, values), hatch in zip(parts.items(), ("//", "", "")):
        bars = ax.barh(shares["outlet"], values, left=left, color=REUSE_COLOURS[name], hatch=hatch,
                       edgecolor="#555555", linewidth=0.5, label=name)
        ax.bar_label(bars, labels=[f"{v:.0%}" if v >= 0.04 else "" for v in values], label_type="center",
                     color="white" if name == "shared, narration" else "black", fontsize=9)
        left = left + values
    for text in list(ax.texts):
        if not text.get_text():
            text.remove()
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda value, _: f"{value:.0%}")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=3, fontsize=8, frameon=False)
    if title is None:
        shared = parts["shared, inside quotation"] + parts["shared, narration"]
        if len(shares):
            top = shared.idxmax()
            title = f"Most shared: {shares.loc[top, 'outlet']}, {shared[top]:.0%} of its text"
        else:
            title = "No articles to compare"
    return finish(ax, title=title, xlabel="Share of the article's characters (white space not counted)",
                  ylabel="", source=source)


# One marker shape per outlet, so the figure grid reads without colour too.
OUTLET_MARKERS = ["o", "s", "D", "^", "v", "P", "X", "*"]


def plot_figures_cited(comparison: pd.DataFrame, *, title: str | None = None, source: str = SOURCE):
    """Draw which outlet cites which figure, each labelled as the outlet wrote it.

    One row per measure, one column per outlet; a marker (colour and shape
    per outlet) where the outlet cites the figure, with its words beside it,
    and the status (``agree``, ``differs``, ``only in ...``) on the right.

    Parameters
    ----------
    comparison : DataFrame
        As returned by ``samestory.numbers.compare_figures``: ``measure``,
        ``<outlet> surface`` columns and ``status``.
    title : str, optional
        A title that states the finding; default: how many figures differ
        and how many only one outlet cites.
    source : str
        The source line under the plot.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> comparison = pd.DataFrame({"measure": ["end time"], "A surface": ["1pm"], "B surface": ["2:00 pm"],
    ...                            "status": ["differs"]})
    >>> ax = plot_figures_cited(comparison)
    >>> ax.get_title(loc="left"), [t.get_text() for t in ax.texts]
    ('1 figure differs between outlets; 0 only in one', ['1pm', '2:00 pm', 'differs'])
    """
    outlets = [c[: -len(" surface")] for c in comparison.columns if c.endswith(" surface")]
    colours = outlet_colours(outlets)
    fig, ax = new_axes(width=2.6 + 2.0 * max(len(outlets), 1), height=1.2 + 0.34 * len(comparison))
    for x, outlet in enumerate(outlets):
        cited = [(y, s) for y, s in enumerate(comparison[f"{outlet} surface"]) if isinstance(s, str) and s]
        ys = [y for y, _ in cited]
        ax.scatter([x] * len(ys), ys, color=colours[outlet], marker=OUTLET_MARKERS[x % len(OUTLET_MARKERS)],
                   s=36, zorder=3, label=outlet)
        for y, surface in cited:
            ax.annotate(surface, (x, y), xytext=(7, 0), textcoords="offset points", va="center", fontsize=8)
    for y, status in enumerate(comparison["status"]):
        differs = status == "differs"
        ax.annotate(status, (len(outlets) - 0.35, y), va="center", fontsize=8,
                    fontweight="bold" if differs else "normal", color="#000000" if differs else "#555555")
    ax.set_xticks(range(len(outlets)), outlets)
    ax.set_yticks(range(len(comparison)), comparison["measure"])
    ax.set_xlim(-0.4, len(outlets) + 0.4)
    ax.set_ylim(len(comparison) - 0.5, -0.5)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    ax.tick_params(axis="y", length=0, labelsize=8)
    if title is None:
        differ = int((comparison["status"] == "differs").sum())
        only = int(comparison["status"].str.startswith("only in").sum())
        title = f"{differ} figure{'' if differ == 1 else 's'} {'differs' if differ == 1 else 'differ'} between outlets; {only} only in one"
    return finish(ax, title=title, xlabel="Outlet (the words it uses for the figure)", ylabel="What is measured",
                  source=source)


def bar_voices(table: pd.DataFrame, *, value: str = "words", title: str | None = None, source: str = SOURCE):
    """Draw how much each speaker group is quoted in each outlet, bars grouped by outlet.

    Parameters
    ----------
    table : DataFrame
        One row per outlet and group: ``outlet``, ``speaker_group`` and the
        ``value`` column (as from ``samestory.quotes.count_voices(...,
        by="speaker_group")``).
    value : str
        The column to draw (``words``, ``quotes`` or ``statements``).
    title : str, optional
        A title that states the finding; default names the group quoted most.
    source : str
        The source line under the plot.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"outlet": ["A", "A"], "speaker_group": ["union", "government"],
    ...                       "words": [120, 80]})
    >>> ax = bar_voices(table)
    >>> ax.get_title(loc="left"), [t.get_text() for t in ax.texts]
    ('Across the outlets, the union is quoted most (120 words)', ['120', '80'])
    """
    groups = [g for g in GROUP_COLOURS if g in set(table["speaker_group"])]
    outlets = list(dict.fromkeys(table["outlet"]))
    fig, ax = new_axes(height=0.9 + 0.3 * len(outlets) * max(len(groups), 1))
    height = 0.8 / max(len(groups), 1)
    for k, group in enumerate(groups):
        rows = table[table["speaker_group"] == group].set_index("outlet")
        ys = [i + k * height for i in range(len(outlets))]
        values = [int(rows[value].get(outlet, 0)) for outlet in outlets]
        bars = ax.barh(ys, values, height=height * 0.9, color=GROUP_COLOURS[group], label=group)
        ax.bar_label(bars, labels=[f"{v:,}" for v in values], padding=3, fontsize=8)
    ax.set_yticks([i + height * (len(groups) - 1) / 2 for i in range(len(outlets))], outlets)
    ax.invert_yaxis()
    ax.margins(x=0.12)
    ax.legend(title="Speaker group", frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    if title is None:
        totals = table.groupby("speaker_group")[value].sum()
        top = totals.idxmax()
        title = f"Across the outlets, the {top} {'are' if top == 'other' else 'is'} quoted most ({int(totals.max()):,} {value})"
    return finish(ax, title=title, xlabel=f"Quoted {value}", ylabel="", source=source)


def plot_voice_share(voices: pd.DataFrame, *, title: str | None = None, source: str = SOURCE):
    """Draw how much of each article each side's voices fill.

    One stacked bar per outlet, one part per speaker group (union,
    government, other, narration), each in the group's fixed colour and
    labelled with its percentage.

    Parameters
    ----------
    voices : DataFrame
        As returned by ``samestory.framing.voice_share(quotes, corpus,
        by="speaker_group")``: ``outlet``, ``speaker_group`` and ``share``
        (0 to 1; computed from ``voice_chars / article_chars`` when those
        columns are there). Several rows for one outlet and group are added
        up.
    title : str, optional
        Default: a title naming the largest share any quoted side (not
        narration) has.
    source : str
        The source line under the plot.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> voices = pd.DataFrame({"outlet": ["A"] * 4, "speaker_group": ["union", "government", "other", "narration"],
    ...                        "share": [0.3, 0.2, 0.0, 0.5]})
    >>> ax = plot_voice_share(voices)
    >>> ax.get_title(loc="left"), [t.get_text() for t in ax.texts]
    ('Largest side: union, 30% of A', ['30%', '20%', '50%'])
    """
    if {"voice_chars", "article_chars"} <= set(voices.columns):  # exact shares, not the rounded column
        voices = voices.assign(share=voices["voice_chars"] / voices["article_chars"].where(voices["article_chars"] > 0, 1))
    shares = voices.pivot_table(index="outlet", columns="speaker_group", values="share", aggfunc="sum", sort=False)
    groups = [g for g in GROUP_COLOURS if g in shares.columns] + [g for g in shares.columns if g not in GROUP_COLOURS]
    shares = shares.reindex(columns=groups).fillna(0.0)
    fig, ax = new_axes(height=1.2 + 0.5 * len(shares))
    left = pd.Series(0.0, index=shares.index)
    for group in groups:
        values = shares[group]
        colour = GROUP_COLOURS.get(group, OKABE_ITO["yellow"])
        bars = ax.barh(list(shares.index), values, left=left, color=colour, edgecolor="white", linewidth=0.8,
                       label=group)
        labels = [f"{v:.0%}" if v >= 0.04 else "" for v in values]
        ax.bar_label(bars, labels=labels, label_type="center", fontsize=9,
                     color="white" if group in ("union", "other", "narration") else "black")
        left = left + values
    for text in list(ax.texts):
        if not text.get_text():
            text.remove()
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda value, _: f"{value:.0%}")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=len(groups), fontsize=8, frameon=False)
    if title is None:
        quoted = shares.drop(columns=["narration"], errors="ignore")
        if quoted.size:
            outlet, group = quoted.stack().idxmax()
            title = f"Largest side: {group}, {quoted.loc[outlet, group]:.0%} of {outlet}"
        else:
            title = "No quoted voices"
    return finish(ax, title=title, xlabel="Share of the article's characters (white space not counted)",
                  ylabel="", source=source)
