import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

// The bench's yardstick: the least a page can be that draws one Recharts chart with React.
const data = [
  { name: 'A', value: 450 },
  { name: 'B', value: 290 },
  { name: 'C', value: 30 },
];

createRoot(document.getElementById('root')!).render(
  <BarChart width={600} height={300} data={data}>
    <XAxis dataKey="name" />
    <YAxis />
    <Bar dataKey="value" fill="#1d4ed8" />
  </BarChart>,
);
