import type { ArticleInput } from '../src/index.js';

/**
 * Three SAMPLE articles, written for crossfact in its own words. They report the facts of three
 * real articles on the same story (contact between Washington and Pyongyang in 2025), so a
 * comparison has something to show, but none of their sentences is a publisher's.
 * The second one keeps some scraping noise on purpose (a date line, an image, an advert marker)
 * to show the cleaning step.
 */
export const sampleArticles: ArticleInput[] = [
  {
    id: 'sample-daily',
    source: 'Sample Daily (written for crossfact)',
    publishedAt: '2025-04-01',
    text: `Trump says Washington and Pyongyang are in touch

When reporters at the White House asked on March 31 whether he meant to contact Kim Jong-un, President Donald Trump replied, “I do.” He went on: “There is communication—I think it's very important.” The president gave no details, but he praised the North Korean leader as a “very smart guy” and said a move of some kind was likely, since he would “probably do something at some point.” It was his first public admission of contact with the North since he returned to the White House in January.

President Donald Trump at an executive order signing in the Oval Office on March 31, 2025./Sample-Photo

Diplomats expect any exchange to run through the New York channel, meaning North Korea’s mission to the United Nations in New York, which has long carried messages between the two governments. A second route could be Switzerland. Jo Chol-su, a confidant of Foreign Minister Choe Son-hui, was named Pyongyang’s ambassador to Switzerland last year and took up the post in January; he worked at Choe’s side at the Hanoi summit in 2019.

Lee Yong-jun, once South Korea’s chief nuclear negotiator, said on April 1 that Washington had probably tried the New York mission first and that the North may have left the approach unanswered.

In his first term Trump held three summits with Kim in 2018 and 2019, the last of them at Panmunjom on June 30, 2019, and no sitting American president had met a North Korean leader before him. Those talks broke down over sanctions relief and denuclearization, yet his name was floated for the Nobel Peace Prize. Some analysts think a second-term bargain could be narrower, trading eased sanctions for partial steps at sites such as Yongbyon. For now, Pyongyang refuses any talks framed around giving up its weapons, and Washington has not changed its stated policy.
`,
  },
  {
    id: 'sample-herald',
    source: 'Sample Herald (written for crossfact)',
    publishedAt: '2025-04-01T17:13:00+09:00',
    text: `Trump claims ‘communication’ with Kim Jong-un in sample report
Published: 01 Apr. 2025, 17:13
![President Donald Trump signs an executive order in the Oval Office on March 31. [SAMPLE/PHOTO]](https://example.com/photo.jpg)
President Donald Trump signs an executive order in the Oval Office on March 31. [SAMPLE/PHOTO]
President Donald Trump said Monday that Washington has “communication” with North Korean leader Kim Jong-un, the first hint since his return to office that the two sides may be talking.
A reporter wanted to know if he planned to reach out to Kim. “Well, I do. ... We have a great relationship,” Trump answered.
“There is communication. I think it's very important,” he said, adding that he would “do something” eventually.
He again described Kim as a “smart guy” who leads a “big nuclear nation.”
ADVERTISEMENT
The two leaders first met in Singapore in 2018, but their nuclear talks stalled once the Hanoi summit on Feb. 28, 2019 ended without an agreement.
Yang Moo-jin, who heads the University of North Korean Studies, said Trump’s special envoy for North Korea, Richard Grenell, or deputy national security adviser Alex Wong could be reaching North Korea’s mission to the UN in New York by phone or e-mail.
Nothing so far points to face-to-face meetings, Yang added.
Observers worry that Trump’s talk of a nuclear nation could end in accepting the North as a de facto nuclear state.
South Korea’s Ministry of Unification said on Tuesday it would welcome U.S.-North Korea dialogue if it advances denuclearization.
`,
  },
  {
    id: 'sample-wire',
    source: 'Sample Wire (written for crossfact)',
    publishedAt: '2025-06-12',
    text: `White House says Trump still open to letters with Kim

Seoul: The White House says President Donald Trump remains “receptive” to letters from North Korean leader Kim Jong-un and hopes to build again on what their 2018 Singapore summit achieved. Press secretary Karoline Leavitt spoke after NK News reported that North Korean diplomats had turned away a letter from Trump at their country’s mission to the UN in New York.

According to that report, the letter was meant to revive dialogue, and the diplomats refused it “bluntly” even though delivery was attempted several times. Leavitt would not discuss any particular letter, saying that was for the president to address, Yonhap News Agency reported. The State Department told Yonhap it does not comment on possible diplomatic communications.

Trump and Kim met three times in 2018 and 2019: in Singapore in 2018, in Hanoi in February 2019 and at the truce village of Panmunjom in June 2019. Trump has said he still has a “good” relationship with Kim, whom he calls a “smart guy,” and has referred to the North as a “nuclear power.”

Analysts caution that Kim, now relying on Russia for supplies and backing, may see little reason to talk. Washington still names the complete denuclearization of North Korea as its goal, and South Korea’s new president, Lee Jae-myung, is expected to coordinate his approach with it.
`,
  },
];
