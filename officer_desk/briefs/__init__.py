"""Briefing packs: the PDF and the Excel workbook an officer (or HQ) takes to a conference.

``selection`` says what goes in, ``content`` reads it from the desk (filtered by edition
and anonymised), ``pdf`` and ``xlsx`` print it, ``pack`` writes the files and their
manifest. No Qt here: the command line and the window call the same functions.
"""
