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
