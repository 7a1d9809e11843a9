/** Articles written for the PDF tests (our own text), with what each PDF's metadata says. */

export const REPORT = {
  title: 'Water for the Lowland Farms',
  byline: 'Office of Rural Planning',
  published: '2024-03-21',
  paragraphs: [
    'The lowland farms of the Esk basin have drawn their water from the same three reservoirs since the nineteen sixties. This report describes how much water they used between 2014 and 2023, how that use changed, and what the basin authority proposes for the next decade.',
    'Irrigation accounted for almost two thirds of all withdrawals in the period. The share rose in dry years and fell in wet ones, but the underlying trend was upward: farms that grew vegetables for the city markets replaced farms that grazed cattle, and vegetables need water in the months when rivers are lowest.',
    'In the summer of 2018 the northern reservoir fell to a fifth of its capacity. The authority restricted withdrawals for eleven weeks, and several growers lost most of their late crops. A survey of two hundred farms after that summer found that fewer than one in ten had any storage of their own.',
    'Since then the authority has offered grants for farm ponds and for drip irrigation. By the end of 2023 about four hundred farms had taken a grant, and their average use per hectare fell by roughly a quarter. The farms that did not apply were mostly small holdings with older owners and no successor.',
    'Leaks remain a serious problem. The main canals were built of brick and stone, and inspections in 2021 found that the eastern canal loses about eighteen percent of the water it carries before any of it reaches a farm gate. Lining the canal would cost an estimated thirty million euros.',
    'The authority proposes three measures. First, it would line the eastern canal over six years, beginning with the sections that lose the most water. Second, it would meter every farm connection, so that charges follow use rather than the area of land. Third, it would keep the grant scheme open until 2030.',
    'Metering is the most contested of the three. The farmers’ union argues that meters will punish growers who have no choice about their crops, and that the charges should wait until the canal is repaired. The authority replies that without meters it cannot know where the water goes.',
    'The consultation on these proposals is open until the end of June. Written comments can be sent to the basin authority at its offices in Marlow, and public meetings will be held in each of the five districts during May.',
    'A final decision is expected in the autumn, after the authority has published a summary of the comments it received and its answers to them.',
  ],
};

export const BULLETIN = {
  paragraphs: [
    'The city library will close its central reading room for renovation from the first of August. The room was last refurbished in 1994, and its heating, lighting and shelving have all reached the end of their working lives.',
    'During the works, which are planned to last fourteen months, the reference collection will move to the former post office on Mill Street. The library says that every book in the collection will remain available, although some older volumes must be requested a day in advance.',
    'The renovation will cost about 7.5 million euros. Most of the money comes from the city, with a further million from a national fund for public buildings and a smaller sum raised by the Friends of the Library, a volunteer group founded in 1961.',
    'The architect, Ingrid Solvang, said the new room would keep its long oak tables and its painted ceiling, but gain better light and quieter ventilation. Study places will rise from eighty to one hundred and twenty, and half of them will have power sockets.',
    'Readers have mixed feelings. A retired teacher who has used the room every week for thirty years said she would miss it badly but accepted that it needed repair. A student group asked the library to extend the opening hours of the temporary site during the examination period.',
    'The library director, Paul Aydin, promised to publish the temporary opening hours by the middle of July. He said the library would also run a weekly bus between the central building and Mill Street for readers with limited mobility.',
    'Works on the children’s floor and the lending hall are not affected. Both will stay open as usual, and the library’s events programme, including the autumn series of author talks, will continue in the lecture theatre.',
  ],
};

export const ESSAY = {
  title: 'The Quiet Economics of Village Shops',
  byline: 'Ruth Adeyemi',
  published: '2022-10-05',
  paragraphs: [
    'Every year a few hundred village shops close, and every year a smaller number open. The closures are easy to explain: the owners retire, the supermarket in the nearest town delivers, and the margins on bread and milk are thin. The openings are harder to explain, and more interesting.',
    'Most new village shops are owned by the people who use them. A group of residents raises money by selling shares, often at fifty or a hundred euros each, and hires a manager or runs the shop with volunteers. The shares pay little or no interest; people buy them because they want the shop to exist.',
    'Community ownership changes the arithmetic. A shop that must pay its owner a living wage and a return on capital may fail where a shop run partly by volunteers can survive. Rent is often low, because the building belongs to the parish or to a local charity.',
    'Such shops also sell things a supermarket does not. Many act as a post office counter, a parcel point and a place to leave keys for a neighbour. Some run a café with three tables. The owners I spoke to counted these services as part of the business, even when they earned nothing from them.',
    'The weakness of the model is people. Volunteers age and move away, and committees grow tired. Of the community shops that closed in the last decade, most closed not because they lost money but because nobody would take over the rota.',
    'The shops that last tend to pay at least one person properly and to treat volunteering as help rather than as the foundation. They also keep good accounts and publish them, so that shareholders can see where the money goes. Mara Quist, who has run the shop in Elvedon since 2015, put it plainly: "A shop like ours lives on goodwill first and on its till second."',
    'None of this will bring back the shop to every village. But it suggests that the question is not only whether a shop can make a profit. It is also whether enough people want it to stay, and are willing to do some of the work.',
  ],
};
